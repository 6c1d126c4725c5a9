package org.dateline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.config.Extraction;
import org.dateline.doc.Article;
import org.dateline.table.Table;
import org.dateline.table.TableReader;

/**
 * Person gender against people-dev's {@code people-gender-dev.jsonl}, scored on mentions.csv and entities.csv as
 * {@link GenderScorer} says: overall and on two fixed halves of the documents (by a hash of their id), so a change
 * can be checked on both.
 */
final class PeopleTask implements EvalTask {

  private final Path gold;
  private final List<PeopleGold.Doc> docs;

  PeopleTask(Path gold, int limit) {
    this.gold = gold;
    this.docs = PeopleGold.read(gold, limit);
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES);
  }

  @Override
  public List<Article> articles() {
    return docs.stream().map(d -> EvalTask.goldArticle(d.id(), d.text(), null)).toList();
  }

  /** The fixed half a document belongs to: "A" or "B" by its id's hash. */
  static String half(String id) {
    return EvalTask.inFirstHalf(id) ? "A" : "B";
  }

  @Override
  public Report score(Path tables, int errors) {
    Map<String, Map<String, String>> genders = new HashMap<>();
    Map<String, Integer> firsts = new HashMap<>();
    try (TableReader entities = TableReader.open(tables, Table.ENTITIES)) {
      entities.forEachRemaining(e -> genders.computeIfAbsent(e.articleId(), k -> new HashMap<>())
          .put(e.get("entity_id"), e.get("gender")));
    }
    Map<String, Map<String, List<int[]>>> spans = new HashMap<>();
    try (TableReader mentions = TableReader.open(tables, Table.MENTIONS)) {
      mentions.forEachRemaining(m -> {
        if (m.get("type").equals("PERSON")) {
          spans.computeIfAbsent(m.articleId(), k -> new HashMap<>()).computeIfAbsent(m.get("entity_id"),
              k -> new ArrayList<>()).add(new int[] {m.number("start"), m.number("end")});
          firsts.merge(m.articleId() + "\t" + m.get("entity_id"), m.number("start"), Math::min);
        }
      });
    }
    GenderScorer all = new GenderScorer("");
    Map<String, GenderScorer> halves = Map.of("A", new GenderScorer(" (half A)"), "B", new GenderScorer(" (half B)"));
    for (PeopleGold.Doc d : docs) {
      List<GenderScorer.Predicted> predicted = new ArrayList<>();
      spans.getOrDefault(d.id(), Map.of()).forEach((id, s) -> predicted.add(new GenderScorer.Predicted(
          genders.getOrDefault(d.id(), Map.of()).getOrDefault(id, ""), firsts.get(d.id() + "\t" + id), s)));
      for (PeopleGold.Person p : d.people()) {
        all.add(d.id(), p, predicted);
        halves.get(half(d.id())).add(d.id(), p, predicted);
      }
    }
    GenderScorer a = halves.get("A");
    GenderScorer b = halves.get("B");
    Report report = new Report("Dateline on " + gold.getFileName() + " (" + docs.size() + " documents, "
        + all.persons() + " people; halves A/B by id hash: " + a.persons() + "/" + b.persons() + " people)",
        List.of(all.score("female"), all.score("male"), a.score("female"), a.score("male"), b.score("female"),
            b.score("male")));
    return report.with("coverage", all.coverage(), String.format(Locale.ROOT, "Coverage %.3f (half A %.3f, half B "
            + "%.3f); accuracy of the covered %.3f", all.coverage(), a.coverage(), b.coverage(), all.accuracy()))
        .with("coverage A", a.coverage(), "").with("coverage B", b.coverage(), "")
        .with("accuracy", all.accuracy(), "").withErrors(all.errors(errors));
  }

}
