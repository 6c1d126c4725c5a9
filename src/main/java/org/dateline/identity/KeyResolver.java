package org.dateline.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps each per-article {@code entity_key} of a person, organization or place to the key of the entity it names
 * across the corpus (other keys, such as dates, are values and stay as they are). Rules, in
 * order, each joining groups of keys of one type: the same folded spelling or alias ({@link NameFold},
 * {@link AliasTable}); a person's names that differ only in middle names; a bare surname that exactly one person
 * of the corpus has ({@link PersonRules}); an organization's short form that exactly one name of the corpus
 * extends by a place or heads ({@link NameRules}). Where a name could be either of two, it stays its own key:
 * unresolved, never guessed. Each group takes the key of its member named in most rows (a name as written before
 * an alias, a person's full name before a bare surname; then the shorter person key, the longer other key), so a
 * key that joins nothing is never renamed.
 */
public final class KeyResolver {

  static final String PERSON = "PERSON";
  static final String ORGANIZATION = "ORGANIZATION";
  static final String LOCATION = "LOCATION";
  /** The types whose keys are names, and so are resolved. */
  static final Set<String> NAMED = Set.of(PERSON, ORGANIZATION, LOCATION);

  private final AliasTable aliases;

  public KeyResolver(AliasTable aliases) {
    this.aliases = aliases;
  }

  /** Every key of {@code table} whose resolved key differs, to that key; keys not in the map stay as they are. */
  public Map<String, String> resolve(KeyTable table) {
    Groups groups = new Groups();
    Map<String, KeyTable.Entry> entries = new TreeMap<>();
    Map<String, String> byForm = new HashMap<>();
    Map<String, PersonName> people = new TreeMap<>();
    Set<String> aliased = new HashSet<>();
    for (KeyTable.Entry e : table.entries()) {
      if (!NAMED.contains(e.type())) {
        // Times, numbers and other types are keyed by their value, which is already the one identity.
        continue;
      }
      entries.put(e.key, e);
      String name = name(e);
      String alias = aliases.nameOf(e.type(), name);
      String spelled = alias != null ? alias : name;
      if (alias != null) {
        aliased.add(e.key);
      }
      String form = AliasTable.form(spelled);
      if (e.type().equals(ORGANIZATION)) {
        // "University of California at Berkeley" is "University of California, Berkeley".
        form = form.replace(" at ", " ");
      }
      if (e.type().equals(PERSON)) {
        PersonName p = PersonName.of(spelled);
        if (p != null) {
          people.put(e.key, p);
          form = p.form();
        }
      }
      groups.join(e.key, byForm.computeIfAbsent(e.type() + "\t" + form + KeySense.of(e.key), k -> e.key));
    }
    PersonRules.apply(people, groups);
    NameRules.apply(entries, aliases, groups);
    return keys(entries, people, aliased, groups);
  }

  /** The display name of a key's rows, or the text of the key itself. */
  private static String name(KeyTable.Entry e) {
    String n = e.name();
    return n.isBlank() ? e.key.substring(e.key.indexOf(':') + 1) : n;
  }

  private static Map<String, String> keys(Map<String, KeyTable.Entry> entries, Map<String, PersonName> people,
                                          Set<String> aliased, Groups groups) {
    Map<String, List<KeyTable.Entry>> members = new TreeMap<>();
    entries.values().forEach(e -> members.computeIfAbsent(groups.root(e.key), k -> new ArrayList<>()).add(e));
    Map<String, String> resolved = new HashMap<>();
    for (List<KeyTable.Entry> group : members.values()) {
      if (group.size() == 1) {
        continue;
      }
      boolean person = group.get(0).type().equals(PERSON);
      Comparator<KeyTable.Entry> order = Comparator
          .comparing((KeyTable.Entry e) -> aliased.contains(e.key) ? 1 : 0)
          .thenComparing(e -> person && isBare(people.get(e.key)) ? 1 : 0)
          .thenComparing(e -> -e.rows)
          .thenComparing(e -> person ? e.key.length() : -e.key.length())
          .thenComparing(e -> e.key);
      String key = group.stream().min(order).orElseThrow().key;
      for (KeyTable.Entry e : group) {
        if (!e.key.equals(key)) {
          resolved.put(e.key, key);
        }
      }
    }
    return resolved;
  }

  private static boolean isBare(PersonName p) {
    return p == null || p.bare();
  }
}
