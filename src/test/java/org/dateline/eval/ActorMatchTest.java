package org.dateline.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plover-dev README's lenient actor match. */
class ActorMatchTest {

  @Test
  void anyMemberOfACompoundAndAnySharedContentWordMatches() {
    assertTrue(ActorMatch.matches("Jordan; Britain", "Britain"));
    assertTrue(ActorMatch.matches("Russian President Boris Yeltsin", "Yeltsin"));
    assertTrue(ActorMatch.matches("Palestinians", "Palestinian"));
    assertTrue(ActorMatch.matches("United States", "the U.S."));
    assertFalse(ActorMatch.matches("Israel", "the Palestinians"));
    assertFalse(ActorMatch.matches("President Bush", "the president"));
  }

  @Test
  void anAbsentGoldActorMatchesOnlyAnAbsentPrediction() {
    assertTrue(ActorMatch.matches(null, ""));
    assertFalse(ActorMatch.matches(null, "Britain"));
    assertFalse(ActorMatch.matches("Britain", ""));
  }
}
