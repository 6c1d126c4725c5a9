package org.dateline.doc;

/**
 * Where a place entity lies: the gazetteer entry it was resolved to. {@code geonamesId} is empty for first-level
 * divisions (the gazetteer's sources give them none); {@code admin1} is the first-level division's name.
 */
public record GeoPoint(String name, String countryCode, String admin1, double latitude, double longitude,
                       String geonamesId, String featureCode, long population) {

  /**
   * The feature code of a place the gazetteer lacks (a building, street, hamlet), given the point of the town or
   * division it lies in or near: no GeoNames id, and no place of its own ({@code geo.NearbyPlace}).
   */
  public static final String NEAR = "NEAR";

  /** A point borrowed from the place this one lies in or near ({@link #NEAR}), not a gazetteer entry's own. */
  public boolean isBorrowed() {
    return featureCode.equals(NEAR);
  }

  /** This point lent to a place that lies in or near it: the same spot, marked {@link #NEAR}, with no id. */
  public GeoPoint lent() {
    return new GeoPoint(name, countryCode, admin1, latitude, longitude, "", NEAR, 0);
  }

  /** A country ({@code PCLI}) rather than a town or a division. */
  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }
}
