package org.dateline.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An organization's short forms that its own article implies: "the House" where the article names the "House of
 * Representatives" (the head before "of"), "Berkeley" and "UC Berkeley" where it names the "University of
 * California at Berkeley" (the campus after "at" or a comma, alone or after the initials of the rest), "Scientology"
 * where it names the "Church of Scientology" (the faith of a religious body). Within the
 * article only: across a corpus "the House" is also the House of Commons, and a generic institution ("the
 * Church") names whichever its article means. With two names of the article that fit ("House of Commons" and
 * "House of Lords") the short form stays its own key.
 */
final class ShortForms {

  /** Religious bodies named "Church of X", whose faith "X" alone names the body (as the entity stage types it). */
  static final Set<String> BODY_NOUNS = Set.of("church", "diocese", "archdiocese", "synod", "patriarchate", "eparchy");

  private static final Pattern QUALIFIED = Pattern.compile(",| at ");
  /** What a name needs to imply a short form, besides " of ". */
  private static final Pattern FULL_NAME = Pattern.compile(",| at ");

  private ShortForms() {
  }

  /** Of one article's keys (key to name), each organization short form's key to its one full name's key. */
  static Map<String, String> of(Map<String, String> namesByKey) {
    Map<String, Set<String>> byShortForm = new HashMap<>();
    namesByKey.forEach((key, name) -> {
      if (key.startsWith(KeyResolver.ORGANIZATION + ":") && (name.contains(" of ") || FULL_NAME.matcher(name).find())) {
        for (String form : forms(name)) {
          byShortForm.computeIfAbsent(form, k -> new TreeSet<>()).add(key);
        }
      }
    });
    Map<String, String> implied = new TreeMap<>();
    if (byShortForm.isEmpty()) {
      return implied;
    }
    namesByKey.forEach((key, name) -> {
      if (key.startsWith(KeyResolver.ORGANIZATION + ":")) {
        Set<String> full = byShortForm.get(String.join(" ", NameFold.words(name)));
        if (full != null && full.size() == 1 && !full.contains(key)) {
          implied.put(key, full.iterator().next());
        }
      }
    });
    return implied;
  }

  /** The short forms a full organization name implies, as folded words. */
  static Set<String> forms(String name) {
    Set<String> forms = new TreeSet<>();
    List<String> words = NameFold.words(name);
    int of = words.indexOf("of");
    if (of >= 1 && of < words.size() - 1) {
      forms.add(String.join(" ", words.subList(0, of)));
      if (of == 1 && BODY_NOUNS.contains(words.get(0))) {
        // The entity stage makes the faith of "Church of X" standing alone that organization ("Scientology").
        forms.add(String.join(" ", words.subList(of + 1, words.size())));
      }
    }
    String[] qualified = QUALIFIED.split(name, 2);
    if (qualified.length == 2) {
      String campus = String.join(" ", NameFold.words(qualified[1]));
      String initials = Acronyms.initials(qualified[0]);
      if (!campus.isEmpty()) {
        forms.add(campus);
        if (initials != null) {
          forms.add(initials.toLowerCase(java.util.Locale.ROOT) + " " + campus);
        }
      }
    }
    return forms;
  }
}
