package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Person gender as people-dev's {@code score_gender.py} scores it (after the Gender Gap Tracker): each gold person
 * is aligned to the predicted person entity whose mentions overlap the most of its gold name mentions (ties: more
 * overlapping characters, then the entity mentioned first); its gender is that entity's, a miss when unmatched.
 * Per class: precision = right / predicted as that class, recall = right / gold of that class; coverage = share of
 * gold persons given any gender.
 */
final class GenderScorer {

  /** A predicted PERSON entity: its gender, its first offset and its mention spans (code points). */
  record Predicted(String gender, int first, List<int[]> spans) {
  }

  private final String label;
  private int persons;
  private int covered;
  private int right;
  private final Map<String, int[]> counts = Map.of("female", new int[3], "male", new int[3]);
  private final List<String> errors = new ArrayList<>();

  GenderScorer(String label) {
    this.label = label;
  }

  void add(String docId, PeopleGold.Person gold, List<Predicted> entities) {
    Predicted best = null;
    int bestMentions = 0;
    int bestChars = 0;
    for (Predicted p : entities) {
      int mentions = 0;
      int chars = 0;
      for (List<Integer> g : gold.mentions()) {
        int most = 0;
        for (int[] s : p.spans()) {
          most = Math.max(most, Math.min(g.get(1), s[1]) - Math.max(g.get(0), s[0]));
        }
        if (most > 0) {
          mentions++;
          chars += most;
        }
      }
      boolean better = mentions > bestMentions || (mentions == bestMentions && mentions > 0
          && (chars > bestChars || (chars == bestChars && p.first() < best.first())));
      if (better) {
        best = p;
        bestMentions = mentions;
        bestChars = chars;
      }
    }
    String predicted = best == null ? "" : best.gender();
    persons++;
    counts.get(gold.gender())[2]++;
    if (!predicted.isEmpty()) {
      covered++;
      counts.get(predicted)[1]++;
    }
    if (predicted.equals(gold.gender())) {
      right++;
      counts.get(predicted)[0]++;
    } else {
      errors.add(String.format(Locale.ROOT, "%s: %s is %s, predicted %s", docId, gold.name(), gold.gender(),
          best == null ? "(no entity)" : predicted.isEmpty() ? "(none)" : predicted));
    }
  }

  Score score(String gender) {
    int[] c = counts.get(gender);
    return Score.of(gender + label, c[0], c[1], c[2]);
  }

  double coverage() {
    return Score.ratio(covered, persons);
  }

  double accuracy() {
    return Score.ratio(right, covered);
  }

  int persons() {
    return persons;
  }

  List<String> errors(int n) {
    return errors.subList(0, Math.min(n, errors.size()));
  }
}
