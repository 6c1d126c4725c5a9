package org.dateline.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.Mention;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article against its hand-made answer key, entities and quotes (read from ../shared; skipped when absent). */
@Tag("model")
class SeedArticleTest {

  private static ArticleResult result;
  private static JsonNode gold;

  @BeforeAll
  static void run() {
    SeedArticle.assumePresent();
    gold = SeedArticle.gold();
    result = SeedArticle.result();
  }

  private static Optional<Entity> entity(String type, String name) {
    return result.entities().entities().stream()
        .filter(e -> e.type().equals(type) && e.name().equals(name)).findFirst();
  }

  @Test
  void everyPersonIsOneEntityWithItsAliases() {
    for (JsonNode p : gold.get("people")) {
      String name = p.get("name").asText();
      Entity e = entity("PERSON", name).orElseThrow(() -> new AssertionError("missing person " + name));
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(e.name());
      for (JsonNode alias : p.get("aliases")) {
        assertTrue(forms.stream().anyMatch(f -> f.equalsIgnoreCase(alias.asText())),
            name + " lacks alias " + alias.asText() + ": " + forms);
      }
      if (p.has("section")) {
        String want = p.get("section").asText();
        assertTrue(e.sections().stream().anyMatch(s -> want.contains(s.label())), name + " " + e.sections());
      }
    }
  }

  @Test
  void everyPlaceIsALocationInItsSection() {
    for (JsonNode p : gold.get("places")) {
      String name = p.isTextual() ? p.asText() : p.get("name").asText();
      String section = p.isTextual() ? "body" : p.get("section").asText();
      boolean found = result.entities().mentions().stream().anyMatch(m -> m.type().equals("LOCATION")
          && m.text().equals(name) && m.section().label().equals(section))
          || result.entities().entities().stream().anyMatch(e -> e.type().equals("LOCATION")
          && (e.name().contains(name) || e.aliases().contains(name)));
      assertTrue(found, "missing place " + name + " in " + section);
    }
  }

  @Test
  void everyDateHasTheRightValueAndSection() {
    for (JsonNode d : gold.get("dates")) {
      String text = d.get("text").asText();
      Mention m = result.entities().mentions().stream().filter(x -> x.text().equals(text)).findFirst()
          .orElseThrow(() -> new AssertionError("missing date " + text));
      List<String> accepted = new ArrayList<>(List.of(d.get("value").asText()));
      d.path("accept").forEach(v -> accepted.add(v.asText()));
      assertTrue(accepted.contains(m.normalized()), text + " normalized to " + m.normalized());
      assertEquals(d.path("section").asText("body"), m.section().label(), text);
    }
  }

  @Test
  void noneOfTheKnownMistakes() {
    for (Mention m : result.entities().mentions()) {
      assertFalse(m.text().contains("Avatar"), "chrome in a name: " + m);
      assertFalse(m.text().contains("Malukas /"), "photographer merged with agency: " + m);
      assertFalse(m.text().equalsIgnoreCase("war"), "'war' is not an entity: " + m);
      assertFalse(m.text().startsWith("following weeks") && m.type().equals("DATE"), m.toString());
    }
    assertTrue(entity("ORGANIZATION", "AFP").isPresent(), "AFP is an organization");
    assertTrue(entity("ORGANIZATION", "Getty Images").isPresent(), "Getty Images is an organization");
  }

  /** Quote rows whose text contains a gold entry's opening words. */
  private static List<Quote> quotesWith(JsonNode q) {
    String start = q.get("starts_with").asText();
    return result.quotes().stream()
        .filter(r -> result.article().text().substring(r.start(), r.end()).contains(start)).toList();
  }

  @Test
  void everyDirectAndMixedQuoteHasItsSpeaker() {
    for (JsonNode q : gold.get("direct_quotes")) {
      List<Quote> rows = quotesWith(q);
      String want = q.get("speaker").asText();
      assertTrue(rows.stream().anyMatch(r -> r.speaker().name().equals(want) && r.kind().equals(q.get("kind").asText())),
          q.get("starts_with").asText() + " -> " + rows);
      if (q.has("speaker_mention")) {
        String mention = q.get("speaker_mention").asText();
        assertTrue(rows.stream().anyMatch(r -> r.speaker().text().equals(mention)), mention + " " + rows);
      }
    }
  }

  @Test
  void atLeastSevenOfEightIndirectQuotesHaveTheirSpeaker() {
    int right = 0;
    StringBuilder missed = new StringBuilder();
    for (JsonNode q : gold.get("indirect_quotes")) {
      String want = q.get("speaker").asText();
      if (quotesWith(q).stream().anyMatch(r -> r.speaker().name().equals(want))) {
        right++;
      } else {
        missed.append(q.get("starts_with").asText()).append("; ");
      }
    }
    assertTrue(right >= 7, right + " of 8; missed: " + missed);
  }

  @Test
  void everyQuoteRowIsWellFormed() {
    for (Quote q : result.quotes()) {
      assertTrue(q.start() < q.end() && q.end() <= result.article().text().length(), q.toString());
      assertTrue(q.hasSpeaker() || q.speaker().name().isEmpty(), q.toString());
      assertTrue(q.section() != Section.CHROME, q.toString());
    }
  }
}
