package org.dateline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.dateline.doc.GeoPoint;

/**
 * The offline gazetteer of {@code models/geo/places.tsv.gz} (GeoNames cities500, countries, first-level divisions):
 * every place under the keys of its name and alternate names. Loaded once per models folder and shared, since it
 * is immutable; a user's models folder wins over the copy bundled in the jar.
 */
public final class Gazetteer {

  static final String FILE = "geo/places.tsv.gz";
  private static final Map<String, Gazetteer> SHARED = new ConcurrentHashMap<>();

  private final List<GeoPoint> places;
  private final Map<String, int[]> byKey;
  private final Map<String, GeoPoint> countryOfCode = new HashMap<>();

  Gazetteer(List<GeoPoint> places, Map<String, int[]> byKey) {
    this.places = List.copyOf(places);
    this.byKey = byKey;
    for (GeoPoint p : places) {
      if (p.isCountry()) {
        countryOfCode.putIfAbsent(p.countryCode(), p);
      }
    }
  }

  /** The country row of an ISO 3166-1 alpha-2 code, if the gazetteer has one. */
  public java.util.Optional<GeoPoint> country(String isoCode) {
    return java.util.Optional.ofNullable(countryOfCode.get(isoCode));
  }

  /** The gazetteer of {@code modelsDir} (null or empty: the bundled one), read on first use. */
  public static Gazetteer shared(String modelsDir) {
    String dir = modelsDir == null ? "" : modelsDir;
    return SHARED.computeIfAbsent(dir, Gazetteer::load);
  }

  /** Every place one of whose names has this spelling, in file order. */
  public List<GeoPoint> lookup(String name) {
    int[] ids = byKey.get(PlaceNames.key(name));
    if (ids == null) {
      return List.of();
    }
    List<GeoPoint> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(places.get(id));
    }
    return out;
  }

  /** Population above which a city's name alone makes a place mention the tagger missed. */
  static final long WELL_KNOWN_CITY = 500_000;

  /**
   * Whether a name is one of the gazetteer's well-known places, which news writes without context: a country (by
   * any of its names), or by its own name a continent, a capital or a city of more than {@link #WELL_KNOWN_CITY}
   * people. Divisions are left out ("South" is a region of Cameroon), and so are another place's alternate names
   * ("Motown") and names of fewer than three letters.
   */
  public boolean wellKnown(String name) {
    String key = PlaceNames.key(name);
    if (key.length() < 3) {
      return false;
    }
    for (GeoPoint p : lookup(name)) {
      String f = p.featureCode();
      boolean own = PlaceNames.key(p.name()).equals(key);
      if (p.isCountry() || own && (f.equals("CONT") || f.equals("PPLC") || f.startsWith("PPL")
          && p.population() > WELL_KNOWN_CITY)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return places.size();
  }

  private static Gazetteer load(String modelsDir) {
    Path file = modelsDir.isEmpty() ? null : Path.of(modelsDir, FILE);
    String source = file != null && Files.isRegularFile(file) ? file.toString() : "models/" + FILE;
    try (InputStream raw = file != null && Files.isRegularFile(file) ? Files.newInputStream(file)
        : Gazetteer.class.getResourceAsStream("/models/" + FILE)) {
      if (raw == null) {
        throw new IllegalStateException("models/" + FILE + " is not on the classpath; rebuild the jar");
      }
      return read(source, new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
          StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + source + " (gzipped TSV expected)", e);
    }
  }

  static Gazetteer read(String source, BufferedReader r) throws IOException {
    List<GeoPoint> places = new ArrayList<>();
    Map<String, int[]> byKey = new HashMap<>(1 << 20);
    Map<String, String> interned = new HashMap<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 9) {
        throw new IOException(source + " line " + lineNo + ": 9 tab-separated columns expected, found " + f.length);
      }
      try {
        int id = places.size();
        places.add(new GeoPoint(f[1], intern(interned, f[5]), intern(interned, f[6]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), f[0], intern(interned, f[8]), f[7].isEmpty() ? 0 : Long.parseLong(f[7])));
        add(byKey, f[1], id);
        if (!f[2].isEmpty()) {
          for (String alt : f[2].split(" \\| ")) {
            add(byKey, alt, id);
          }
        }
      } catch (NumberFormatException e) {
        throw new IOException(source + " line " + lineNo + ": bad number (" + e.getMessage() + ")", e);
      }
    }
    return new Gazetteer(places, byKey);
  }

  private static void add(Map<String, int[]> byKey, String name, int id) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return;
    }
    int[] old = byKey.get(key);
    if (old == null) {
      byKey.put(key, new int[] {id});
    } else if (old[old.length - 1] != id) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = id;
      byKey.put(key, grown);
    }
  }

  private static String intern(Map<String, String> interned, String s) {
    return interned.computeIfAbsent(s, x -> x);
  }
}
