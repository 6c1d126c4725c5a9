package org.dateline.table;

import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Entity;
import org.dateline.doc.Quote;

/**
 * The gender cells of a result: a quote's speaker gender, and per article the distinct people mentioned and the
 * distinct people quoted by gender (the Gender Gap Tracker's two counts). A quoted "source" is a PERSON entity that
 * is the speaker of at least one quote; a speaker that is no person (an organization, "officials") is not counted.
 */
final class PeopleCounts {

  private static final String PERSON = "PERSON";

  private PeopleCounts() {
  }

  /** People of {@code gender} ("" for unknown) mentioned in the article. */
  static int people(ArticleResult r, String gender) {
    return (int) r.entities().entities().stream()
        .filter(e -> e.type().equals(PERSON) && e.gender().equals(gender)).count();
  }

  /** People of {@code gender} ("" for unknown) quoted in the article, each counted once. */
  static int sources(ArticleResult r, String gender) {
    Set<String> speakers = r.quotes().stream().map(q -> q.speaker().entityId()).filter(id -> !id.isEmpty())
        .collect(Collectors.toSet());
    return (int) r.entities().entities().stream()
        .filter(e -> e.type().equals(PERSON) && speakers.contains(e.entityId()) && e.gender().equals(gender)).count();
  }

  /** The gender of the quote's speaker entity; empty when the speaker is no entity or not known. */
  static String speakerGender(ArticleResult r, Quote q) {
    String id = q.speaker().entityId();
    return id.isEmpty() ? "" : r.entities().entity(id).map(Entity::gender).orElse("");
  }
}
