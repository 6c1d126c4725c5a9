package org.dateline.doc;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Reads a CAMEO actor code ({@code UKRGOV}, {@code ---GOV}, {@code IGOUNO}) as GDELT splits it: three-letter parts,
 * the first a country or region ({@code Actor1CountryCode}) unless it is a type code or {@code ---}, and the type
 * ({@code Actor1Type1Code}), the first part that is one of CAMEO's type codes ({@code GOV}, {@code MIL},
 * {@code IGO} ...). A part CAMEO does not know as a type (a user's own agent code) counts as the type only when it
 * follows the country and no known type does.
 */
public final class ActorCodes {

  /** CAMEO's actor type codes (the CAMEO manual, "Types"), the agent codes PETRARCH's dictionaries write. */
  private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY",
      "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD",
      "REF", "REL", "UIS", "IGO", "NGO", "NGM", "MNC", "IMG", "PTY", "PRE", "AMN");
  private static final String UNKNOWN = "---";

  private ActorCodes() {
  }

  /** The country or region part: {@code UKR} of {@code UKRGOV}, {@code USA} of {@code NGOUSA}; else empty. */
  public static String country(String code) {
    String first = part(code, 0);
    if (first.isEmpty() || first.equals(UNKNOWN)) {
      return "";
    }
    if (!TYPES.contains(first)) {
      return first;
    }
    String second = part(code, 1);  // a type heads the code: "NGOUSA", or an organization "IGOUNO"
    return isCountry(second) ? second : "";
  }

  /** The first type part: {@code GOV} of {@code UKRGOV}, {@code IGO} of {@code IGOUNO}; else empty. */
  public static String type(String code) {
    for (int i = 0; part(code, i).length() == 3; i++) {
      if (TYPES.contains(part(code, i))) {
        return part(code, i);
      }
    }
    String first = part(code, 0);
    return first.isEmpty() || first.equals(UNKNOWN) || TYPES.contains(first) ? "" : part(code, 1);
  }

  /** A code that names a country, region or organization, not only a role ("---GOV") or nothing. */
  public static boolean hasCountry(String code) {
    return code.length() >= 3 && !code.startsWith(UNKNOWN) && !TYPES.contains(code);
  }

  /** A code that says more than a country: a role or an organization ({@code UKRGOV}, {@code RUSGOV}). */
  public static boolean hasRole(String code) {
    return hasCountry(code) && code.length() >= 6;
  }

  /** The CAMEO code of an ISO 3166-1 alpha-2 country ({@code UA}: {@code UKR}); empty when unknown. */
  public static String ofIso2(String iso2) {
    if (iso2.length() != 2) {
      return "";
    }
    try {
      String iso3 = new Locale("", iso2).getISO3Country();
      return iso3.equals("ROU") ? "ROM" : iso3;  // CAMEO writes Romania ROM
    } catch (MissingResourceException e) {
      return "";
    }
  }

  private static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>(Set.of("ROM", "KSV", "AFR", "ASA", "BLK", "CAS", "CAU", "EAF", "EUR", "LAM",
        "MEA", "NMR", "SAM", "SCN", "SEA", "WAF", "WST"));
    for (String iso : Locale.getISOCountries()) {
      out.add(new Locale("", iso).getISO3Country());
    }
    return out;
  }

  private static boolean isCountry(String part) {
    return COUNTRIES.contains(part);
  }

  private static String part(String code, int i) {
    return code.length() >= 3 * i + 3 ? code.substring(3 * i, 3 * i + 3) : "";
  }
}
