package org.dateline.entities;

import java.util.Map;
import java.util.Set;
import org.dateline.doc.Mention;

/** Maps CoreNLP's NER tags onto our entity types; every other tag (NUMBER, TITLE, MISC, ...) is not an entity. */
public final class EntityTypes {

  public static final String PERSON = "PERSON";
  public static final String LOCATION = "LOCATION";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final Set<String> TEMPORAL = Mention.TEMPORAL_TYPES;

  private static final Map<String, String> TYPE_OF_TAG = Map.of(
      "PERSON", PERSON,
      "LOCATION", LOCATION, "CITY", LOCATION, "COUNTRY", LOCATION, "STATE_OR_PROVINCE", LOCATION,
      "ORGANIZATION", ORGANIZATION,
      "DATE", "DATE", "TIME", "TIME", "DURATION", "DURATION", "SET", "SET");

  private EntityTypes() {
  }

  /** Our type for a CoreNLP tag, or null when the tag is not an entity type here. */
  public static String typeOf(String tag) {
    return TYPE_OF_TAG.get(tag);
  }

  /** The fine tag worth keeping as subtype (CITY, COUNTRY, ...); empty when it adds nothing to the type. */
  public static String subtypeOf(String tag) {
    String type = typeOf(tag);
    return type == null || type.equals(tag) ? "" : tag;
  }

  public static boolean isName(String type) {
    return PERSON.equals(type) || LOCATION.equals(type) || ORGANIZATION.equals(type);
  }
}
