package org.dateline.doc;

/**
 * Where a place entity lies: the gazetteer entry it was resolved to. {@code geonamesId} is empty for first-level
 * divisions (the gazetteer's sources give them none); {@code admin1} is the first-level division's name.
 */
public record GeoPoint(String name, String countryCode, String admin1, double latitude, double longitude,
                       String geonamesId, String featureCode, long population) {

  /** A country ({@code PCLI}) rather than a town or a division. */
  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }
}
