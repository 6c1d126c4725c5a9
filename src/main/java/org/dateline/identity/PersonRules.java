package org.dateline.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The person rules of {@link KeyResolver}. Full names with the same given name and surname are one person when
 * their middle names agree ("Donald Trump", "Donald John Trump", "Donald J. Trump"); when two of them disagree
 * ("George W. Bush", "George H. W. Bush") each stays apart and the name without middle names joins neither. Then a
 * bare surname ("Zelensky", "Mr. Trump") joins the one person of the corpus with that surname, and stays its own
 * key when there are none or several, or when the word is also a given name of the run ("John" with "Seth John"
 * and "John Bolton").
 */
final class PersonRules {

  private PersonRules() {
  }

  static void apply(Map<String, PersonName> people, Groups groups) {
    Map<String, List<String>> byName = new TreeMap<>();
    people.forEach((key, p) -> {
      if (!p.bare()) {
        byName.computeIfAbsent(p.given() + "\t" + p.surname(), k -> new ArrayList<>()).add(key);
      }
    });
    for (List<String> keys : byName.values()) {
      joinMiddles(keys, people, groups);
    }
    Map<String, Set<String>> bySurname = new HashMap<>();
    people.forEach((key, p) -> {
      if (!p.bare()) {
        bySurname.computeIfAbsent(p.surname(), k -> new TreeSet<>()).add(key);
        bySurname.computeIfAbsent(p.core(), k -> new TreeSet<>()).add(key);
      }
    });
    // A word that is someone's given name in the run ("John") may be that given name, not a surname.
    Set<String> givens = new HashSet<>();
    people.values().forEach(p -> givens.add(p.given()));
    people.forEach((key, p) -> {
      if (p.bare() && !givens.contains(p.surname())) {
        Set<String> persons = groups.roots(bySurname.getOrDefault(p.surname(), Set.of()));
        if (persons.size() == 1) {
          groups.join(key, persons.iterator().next());
        }
      }
    });
  }

  /** Joins the keys of one given name and surname whose middle names agree, as the class comment says. */
  private static void joinMiddles(List<String> keys, Map<String, PersonName> people, Groups groups) {
    boolean allAgree = true;
    for (int i = 0; i < keys.size() && allAgree; i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        if (!PersonName.compatible(people.get(keys.get(i)).middles(), people.get(keys.get(j)).middles())) {
          allAgree = false;
          break;
        }
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        List<String> a = people.get(keys.get(i)).middles();
        List<String> b = people.get(keys.get(j)).middles();
        boolean both = !a.isEmpty() && !b.isEmpty();
        if (allAgree || both && PersonName.compatible(a, b)) {
          groups.join(keys.get(i), keys.get(j));
        }
      }
    }
  }
}
