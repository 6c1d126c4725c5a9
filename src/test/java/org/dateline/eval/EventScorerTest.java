package org.dateline.eval;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** events-dev scoring with actor codes: all rows against coded rows, (source, target, root) and exact code. */
class EventScorerTest {

  private static EventScorer.Predicted row(String root, String code, String target, String actorCode,
                                           String targetCode) {
    return new EventScorer.Predicted(root, code, "Arnor", target, actorCode, targetCode);
  }

  @Test
  void anUncodedRowIsAFalseAlarmOverAllRowsOnlyAndCodesDecideTheDyadScores() {
    EventScorer s = new EventScorer("CAMEO root");
    // COMMA_15's case: the target is not in the dictionary, so the row is not a coded row.
    s.add(new EventGold("empty", "Arnor ... Gxndor", "", List.of()), List.of(row("05", "050", "Gxndor", "ARN", "")));
    s.add(new EventGold("dyad", "Arnor ... Gondor", "", List.of(new EventGold.Expected("05", "050", "ARN", "GON"))),
        List.of(row("05", "051", "Gondor", "ARN", "GON")));
    s.add(new EventGold("said", "an official said", "", List.of(new EventGold.Expected("01", "010", "---GOV", ""))),
        List.of(row("01", "010", "", "---GOV", "")));
    assertEquals(1, s.falseAlarms());
    assertEquals(2, s.dyads().tp(), "ARN>GON and ---GOV with no target");
    assertEquals(0, s.dyads().fp(), "the uncoded row is not counted over coded rows");
    String report = s.report(false).render();
    assertTrue(report.contains("all rows 1 of 1, coded rows 0 of 1"), report);
    assertTrue(report.contains("| source + target + code, coded rows | 0.500 | 0.500 | 0.500 | 1 | 1 | 1 |"),
        report);
  }

  @Test
  void ploverCountsAnActOnceByItsFirstRow() {
    assertTrue(EventTask.firstOfAct("ev1", "ev1"));
    assertTrue(EventTask.firstOfAct("ev1", ""), "a table written before act_id: every row its own act");
    assertTrue(!EventTask.firstOfAct("ev2", "ev1"), "the other direction of a joint act");
  }
}
