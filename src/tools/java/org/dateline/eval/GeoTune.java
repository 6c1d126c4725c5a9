package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.corenlp.Demonyms;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.entities.EntityExtractor;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.Geocoder;
import org.dateline.people.GenderLexicon;
import org.dateline.people.GenderStage;

/**
 * Developer tool (not shipped): geocoding on cached NlpDocs of geo-dev (made by {@code NlpCacheDump}), scored as
 * {@link GeoTask} scores the tables; args: gold cache [per-toponym-file]. Prints all and literal, whole set and
 * both fixed halves, in seconds rather than the minutes CoreNLP takes.
 */
public final class GeoTune {

  private GeoTune() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<String, GeoGold> gold = new HashMap<>();
    GeoGold.read(Path.of(args[0]), 0, "all").forEach(g -> gold.put(g.id(), g));
    Map<String, GeoGold> literal = new HashMap<>();
    GeoGold.read(Path.of(args[0]), 0, "literal").forEach(g -> literal.put(g.id(), g));
    Map<String, String> demonyms = Demonyms.load();
    Gazetteer gazetteer = Gazetteer.shared(null);
    EntityExtractor entities = new EntityExtractor(demonyms, gazetteer::wellKnown);
    GenderStage genders = new GenderStage(GenderLexicon.load(null));
    Geocoder geocoder = new Geocoder(gazetteer, demonyms);
    Map<String, List<List<GeoScorer.Outcome>>> out = new HashMap<>();
    StringBuilder dump = new StringBuilder();
    StringBuilder borrowed = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        Doc doc = json.readValue(line, NlpCacheDump.Cached.class).doc();
        String text = doc.article().text();
        EntityTable table = geocoder.geocode(text, genders.assign(doc, entities.extract(doc)));
        table = geocoder.withPlaceWords(doc, table);
        List<GeoTask.Span> spans = new ArrayList<>();
        for (Mention m : table.mentions()) {
          if (!m.isTemporal()) {
            spans.add(new GeoTask.Span(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
                m.type().equals("LOCATION"), m.entityId()));
          }
        }
        String id = doc.article().id();
        for (org.dateline.doc.Entity e : table.entities()) {
          table.geo().of(e.entityId()).filter(GeoPoint::isBorrowed).ifPresent(p -> borrowed.append(id)
              .append('\t').append(e.type()).append('\t').append(e.name()).append('\t').append(p.name())
              .append('\n'));
        }
        int half = EvalTask.inFirstHalf(id) ? 1 : 2;
        for (String subset : List.of("all", "literal")) {
          GeoGold g = (subset.equals("all") ? gold : literal).get(id);
          List<List<GeoScorer.Outcome>> lists = out.computeIfAbsent(subset,
              k -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
          for (GeoGold.Toponym t : g.toponyms()) {
            GeoTask.Span s = best(spans, table, t);
            GeoPoint p = s == null ? null : table.geo().of(s.entityId()).orElse(null);
            GeoScorer.Outcome o = p == null
                ? new GeoScorer.Outcome(GeoScorer.MAX_KM, false, !t.countryCode().isEmpty(), false)
                : new GeoScorer.Outcome(GeoScorer.km(t.lat(), t.lon(), p.latitude(), p.longitude()), true,
                    !t.countryCode().isEmpty(), p.countryCode().equalsIgnoreCase(t.countryCode()));
            lists.get(0).add(o);
            lists.get(half).add(o);
            if (subset.equals("all")) {
              String mention = s == null ? "-" : text.substring(text.offsetByCodePoints(0, s.start()),
                  text.offsetByCodePoints(0, s.end()));
              dump.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%s\t%.0f\t%s\t%s\t%s\n", id, half, t.begin(),
                  t.text(), literal.get(id).toponyms().contains(t) ? "L" : "A", o.km(), mention,
                  p == null ? "" : p.name() + "/" + p.countryCode() + "/" + p.featureCode() + "/" + p.admin1(),
                  s == null ? "" : s.location() ? "LOC" : "other"));
            }
          }
        }
      }
    }
    for (String subset : List.of("all", "literal")) {
      List<List<GeoScorer.Outcome>> lists = out.get(subset);
      String[] names = {"whole", "A", "B"};
      StringBuilder sb = new StringBuilder(subset);
      for (int i = 0; i < 3; i++) {
        GeoScorer.Figures f = GeoScorer.figures(lists.get(i));
        sb.append(String.format(Locale.ROOT, "  %s %.3f (%d/%d, mean %.0f)", names[i], f.acc161(),
            Math.round(f.acc161() * f.n()), f.n(), f.meanKm()));
      }
      System.out.println(sb);
    }
    if (args.length > 2) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
        w.print(dump);
      }
      Files.writeString(Path.of(args[2] + ".near"), borrowed);
    }
  }

  private static GeoTask.Span best(List<GeoTask.Span> spans, EntityTable table, GeoGold.Toponym t) {
    return GeoTask.bestSpan(spans, s -> table.geo().of(s.entityId()).isPresent(), t);
  }
}
