package org.dateline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Dateline's own actor and agent tables ({@code models/events/actors.tsv}, {@code agents.tsv}): tab-separated,
 * a header row, {@code #} comment lines. Actors: {@code name, code, kind}; a code may carry a PETRARCH date
 * restriction ({@code HOBGOV 950601-990815}), several rows for one name are its codes in order, and a
 * {@code demonym} ("Russian") also matches its plural. Agents: {@code phrase, agent}, with {@code GOV} or {@code ~GOV}
 * placed after the country and {@code NGO~} before it; regular plurals match too. A name in capitals ("US")
 * matches capitals only.
 */
final class DictionaryTables {

  private DictionaryTables() {
  }

  static void readActors(List<DictionaryLine> lines, ActorDictionary into) {
    Map<String, List<DatedCode>> codes = new LinkedHashMap<>();
    Map<String, Boolean> demonym = new LinkedHashMap<>();
    for (DictionaryLine line : rows(lines, "name<TAB>code<TAB>kind")) {
      String[] cells = line.text().split("\t");
      String name = cells[0].strip();
      codes.computeIfAbsent(name, k -> new ArrayList<>()).add(DatedCode.parse(cells[1], line));
      demonym.merge(name, cells.length > 2 && cells[2].strip().equals("demonym"), Boolean::logicalOr);
    }
    codes.forEach((name, list) -> {
      boolean exact = ActorWords.isAcronym(name);
      into.addActor(name, exact, list);
      if (demonym.get(name) && !exact) {
        into.addActor(ActorWords.plural(name), false, list);
      }
    });
  }

  static void readAgents(List<DictionaryLine> lines, ActorDictionary into) {
    for (DictionaryLine line : rows(lines, "phrase<TAB>agent")) {
      String[] cells = line.text().split("\t");
      String phrase = cells[0].strip();
      AgentCode code = AgentCode.parse(cells[1], line);
      boolean exact = ActorWords.isAcronym(phrase);
      into.addAgent(phrase, exact, code);
      if (!exact) {
        into.addAgent(ActorWords.plural(phrase), false, code);
      }
    }
  }

  /** The data rows: not blank, not a comment, not the header; each with a name and a code. */
  private static List<DictionaryLine> rows(List<DictionaryLine> lines, String layout) {
    List<DictionaryLine> out = new ArrayList<>();
    boolean header = true;
    for (DictionaryLine line : lines) {
      if (line.text().isBlank() || line.text().startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] parts = line.text().split("\t");
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw line.error("expected " + layout + " separated by tabs");
      }
      out.add(line);
    }
    return out;
  }
}
