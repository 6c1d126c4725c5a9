package org.dateline.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Event;
import org.dateline.doc.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article's 11 gold events (read from ../shared; skipped when absent), on the parsed pipeline. */
@Tag("model")
class SeedEventsTest {

  private static ArticleResult result;
  private static JsonNode gold;

  @BeforeAll
  static void run() {
    SeedArticle.assumePresent();
    gold = SeedArticle.gold();
    result = SeedArticle.result();
  }

  @Test
  void atLeastEightOfTheElevenGoldEventsHaveTheRightTypeActorAndDate() {
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (JsonNode g : gold.get("events")) {
      if (result.events().stream().anyMatch(e -> matches(g, e))) {
        found++;
      } else {
        missed.add(g.get("trigger").asText());
      }
    }
    assertTrue(found >= 8, found + " of 11; missed " + missed + " in " + describe());
  }

  /** Issue 13: one code per person in every row, from what the article says of them; "I" in a quote is its speaker. */
  @Test
  void everyPersonActsUnderOneCodeAndIInAQuoteIsItsSpeaker() {
    Map<String, String> expected = Map.of("Volodymyr Zelensky", "UKRGOV", "Vladimir Putin", "RUSGOV",
        "Steve Witkoff", "USAGOV", "Donald Trump", "USAGOV");
    for (Event e : result.events()) {
      for (var p : List.of(e.actor(), e.target())) {
        if (expected.containsKey(p.name())) {
          assertEquals(expected.get(p.name()), p.code(), p.text() + " in " + e.evidence());
        }
      }
    }
    assertTrue(result.events().stream().anyMatch(e -> e.triggerLemma().equals("invite")
        && e.actor().text().equals("I") && e.actor().name().equals("Volodymyr Zelensky")
        && e.target().name().equals("Vladimir Putin")), describe());
    assertTrue(result.entities().entities().stream().anyMatch(x -> x.name().equals("Ukraine")
        && x.actorCode().equals("UKR")));
  }

  @Test
  void noEventsFromTheBioOrPageChrome() {
    for (Event e : result.events()) {
      assertTrue(Set.of(Section.HEADLINE, Section.BODY).contains(e.section()), e.toString());
    }
  }

  /** Type: the CAMEO root or the PLOVER type; actor: the resolved name; date: the value or the words. */
  private static boolean matches(JsonNode g, Event e) {
    boolean type = e.coding().root().equals(g.get("cameo_root").asText())
        || !g.get("plover").isNull() && e.coding().plover().equals(g.get("plover").asText());
    String actor = g.get("actor").asText().toLowerCase(Locale.ROOT);
    String ours = (e.actor().name() + " " + e.actor().text()).toLowerCase(Locale.ROOT);
    String last = actor.substring(actor.lastIndexOf(' ') + 1);
    boolean who = !ours.isBlank() && (ours.contains(actor) || ours.contains(last));
    boolean when = !g.has("date") || e.date().startsWith(g.get("date").asText())
        || e.dateText().equalsIgnoreCase(g.get("date").asText());
    return type && who && when;
  }

  private static String describe() {
    StringBuilder sb = new StringBuilder();
    for (Event e : result.events()) {
      sb.append("\n  ").append(e.trigger()).append(' ').append(e.coding().code()).append(' ')
          .append(e.actor().name().isEmpty() ? e.actor().text() : e.actor().name()).append(" -> ")
          .append(e.target().text()).append(' ').append(e.date());
    }
    return sb.toString();
  }
}
