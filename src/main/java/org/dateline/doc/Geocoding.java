package org.dateline.doc;

import java.util.Map;
import java.util.Optional;

/**
 * The geocoding stage's answer for one article: the point of every place entity it resolved, and the article's
 * main place (its dateline, else the place it names most), which events without a place of their own fall back to.
 */
public record Geocoding(Map<String, GeoPoint> byEntity, String mainEntityId) {

  public Geocoding {
    byEntity = Map.copyOf(byEntity);
  }

  public static Geocoding none() {
    return new Geocoding(Map.of(), "");
  }

  public Optional<GeoPoint> of(String entityId) {
    return Optional.ofNullable(byEntity.get(entityId));
  }

  public Optional<GeoPoint> main() {
    return of(mainEntityId);
  }
}
