package org.dateline.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organization rule of {@link KeyResolver}: an organization's short form ("Red Sox", "Mets") joins the one
 * organization name of the corpus that is a place followed by it ("Boston Red Sox", "New York Mets"; the place a
 * location of the same run or of the alias table), or whose head it is ("the House" and "House of
 * Representatives", "the Church" and "Church of England"), or whose faith it is ("Zoroastrianism" and "Church of
 * Zoroastrianism", where an article made the faith an organization). Only a place prefix counts, since other
 * prefixes make another organization ("National Democratic Party" is not the "Democratic Party", "Straits Times"
 * not "Times").
 * With two or more candidates ("House of Commons" and "House of Lords") the short form stays its own key, and so
 * does a generic institution ("Army", "Parliament", "Church", "Senate": a role noun of the agent dictionary), which
 * names whichever country's institution its article means. A name the tagger ran into a qualifier ("Institute of
 * Technology in Linguistics") joins the one organization its words before "in" name.
 */
final class NameRules {

  private NameRules() {
  }

  static void apply(Map<String, KeyTable.Entry> entries, AliasTable aliases, Groups groups) {
    Set<String> places = new HashSet<>();
    for (KeyTable.Entry e : entries.values()) {
      if (e.type().equals(KeyResolver.LOCATION)) {
        String name = e.name().isBlank() ? e.key.substring(e.key.indexOf(':') + 1) : e.name();
        places.add(AliasTable.form(name));
        String alias = aliases.nameOf(KeyResolver.LOCATION, name);
        if (alias != null) {
          places.add(AliasTable.form(alias));
        }
      }
    }
    Map<String, Set<String>> bySuffix = new HashMap<>();
    Map<String, String> qualified = new TreeMap<>();
    for (KeyTable.Entry e : entries.values()) {
      if (e.type().equals(KeyResolver.ORGANIZATION)) {
        List<String> words = NameFold.words(e.name());
        if (words.size() >= 3 && words.get(1).equals("of")) {
          bySuffix.computeIfAbsent(words.get(0), x -> new TreeSet<>()).add(e.key);
          if (ShortForms.BODY_NOUNS.contains(words.get(0))) {
            // The faith of a "Church of X" that an article makes an organization ("a member of X").
            bySuffix.computeIfAbsent(String.join(" ", words.subList(2, words.size())), x -> new TreeSet<>())
                .add(e.key);
          }
        }
        int in = words.indexOf("in");
        if (in >= 2) {
          qualified.put(e.key, String.join(" ", words.subList(0, in)));
        }
        for (int k = 1; k < words.size(); k++) {
          if (places.contains(String.join(" ", words.subList(0, k)))) {
            String suffix = String.join(" ", words.subList(k, words.size()));
            bySuffix.computeIfAbsent(suffix, x -> new TreeSet<>()).add(e.key);
          }
        }
      }
    }
    joinQualified(entries, qualified, groups);
    Set<String> generic = RoleNouns.bundled();
    for (KeyTable.Entry e : entries.values()) {
      String shortForm = AliasTable.form(e.name());
      Set<String> candidates = bySuffix.get(shortForm);
      if (e.type().equals(KeyResolver.ORGANIZATION) && candidates != null && !generic.contains(shortForm)) {
        Set<String> roots = groups.roots(candidates);
        roots.remove(groups.root(e.key));
        if (roots.size() == 1) {
          groups.join(e.key, roots.iterator().next());
        }
      }
    }
  }

  /**
   * An organization the tagger ran into a qualifier ("Massachusetts Institute of Technology in Linguistics")
   * joins the organization of the corpus named by the words before "in", when there is exactly one.
   */
  private static void joinQualified(Map<String, KeyTable.Entry> entries, Map<String, String> qualified,
                                    Groups groups) {
    Map<String, Set<String>> byForm = new HashMap<>();
    for (KeyTable.Entry e : entries.values()) {
      if (e.type().equals(KeyResolver.ORGANIZATION)) {
        byForm.computeIfAbsent(String.join(" ", NameFold.words(e.name())), x -> new TreeSet<>()).add(e.key);
      }
    }
    qualified.forEach((key, prefix) -> {
      Set<String> roots = groups.roots(byForm.getOrDefault(prefix, Set.of()));
      roots.remove(groups.root(key));
      if (roots.size() == 1) {
        groups.join(key, roots.iterator().next());
      }
    });
  }
}
