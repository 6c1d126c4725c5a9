package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dateline.config.ActorFiles;

/**
 * Names to CAMEO actor codes and role nouns to agent codes, looked up longest phrase first. Read at run time from
 * {@code models/events/actors.tsv} and {@code agents.tsv} (or a {@code --models} copy), or from the files a run
 * names instead ({@link ActorFiles}; PETRARCH dictionaries included). Immutable once loaded; shared by all threads.
 */
public final class ActorDictionary {

  /** A dictionary phrase: its codes, and the exact spelling it needs when it is an acronym ("US"), else empty. */
  record Entry<T>(String exactCase, T value) {
  }

  /** Where a phrase was found among a participant's words: words {@code start} to {@code end}, exclusive. */
  record Match<T>(int start, int end, T value) {
  }

  /** A name's codes, in dictionary order: the first dated code holding on the day wins, else the undated one. */
  record Actor(List<DatedCode> codes) {

    Optional<String> codeOn(Optional<LocalDate> day) {
      for (DatedCode c : codes) {
        if (c.isDated() && day.isPresent() && c.holdsOn(day.get())) {
          return Optional.of(c.code());
        }
      }
      return codes.stream().filter(c -> !c.isDated()).map(DatedCode::code).findFirst();
    }
  }

  private final Map<String, Entry<Actor>> actors = new HashMap<>();
  private final Map<String, Entry<AgentCode>> agents = new HashMap<>();
  private int longestActor;
  private int longestAgent;

  private ActorDictionary() {
  }

  /** Reads the dictionaries: the files of {@code files}, else the bundled ones (under {@code modelsDir} if given). */
  public static ActorDictionary load(String modelsDir, ActorFiles files) {
    ActorDictionary d = new ActorDictionary();
    d.read(modelsDir, "events/actors.tsv", files.actors(), DictionaryTables::readActors, PetrarchActors::read);
    d.read(modelsDir, "events/agents.tsv", files.agents(), DictionaryTables::readAgents, PetrarchAgents::read);
    return d;
  }

  /** The bundled table, or instead each file: a {@code .tsv} as a Dateline table, any other as PETRARCH's. */
  private void read(String modelsDir, String bundled, List<String> files,
                    BiConsumer<List<DictionaryLine>, ActorDictionary> table,
                    BiConsumer<List<DictionaryLine>, ActorDictionary> petrarch) {
    if (files.isEmpty()) {
      table.accept(ModelFiles.lines(modelsDir, bundled), this);
    }
    for (String f : files) {
      (f.endsWith(".tsv") ? table : petrarch).accept(ModelFiles.lines(f), this);
    }
  }

  /** A later entry for the same name replaces an earlier one, as in PETRARCH. */
  void addActor(String name, boolean exactCase, List<DatedCode> codes) {
    List<String> words = ActorWords.of(name);
    if (!words.isEmpty()) {
      actors.put(ActorWords.key(words), new Entry<>(exactCase ? String.join(" ", words) : "", new Actor(codes)));
      longestActor = Math.max(longestActor, words.size());
    }
  }

  void addAgent(String phrase, boolean exactCase, AgentCode code) {
    List<String> words = ActorWords.of(phrase);
    if (!words.isEmpty()) {
      agents.put(ActorWords.key(words), new Entry<>(exactCase ? String.join(" ", words) : "", code));
      longestAgent = Math.max(longestAgent, words.size());
    }
  }

  /** The names among {@code words}, leftmost and longest first, none overlapping. */
  List<Match<Actor>> actors(List<String> words) {
    return find(words, actors, longestActor, new boolean[words.size()]);
  }

  /** The role nouns among {@code words} outside the words {@code taken} by names. */
  List<Match<AgentCode>> agents(List<String> words, boolean[] taken) {
    return find(words, agents, longestAgent, taken);
  }

  private static <T> List<Match<T>> find(List<String> words, Map<String, Entry<T>> phrases, int longest,
                                         boolean[] taken) {
    List<Match<T>> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Match<T>> m = longestAt(words, i, phrases, longest, taken);
      if (m.isPresent()) {
        out.add(m.get());
        i = m.get().end();
      } else {
        i++;
      }
    }
    return out;
  }

  private static <T> Optional<Match<T>> longestAt(List<String> words, int start, Map<String, Entry<T>> phrases,
                                                  int longest, boolean[] taken) {
    for (int end = Math.min(words.size(), start + longest); end > start; end--) {
      List<String> span = words.subList(start, end);
      Entry<T> e = phrases.get(ActorWords.key(span));
      boolean free = true;
      for (int k = start; k < end; k++) {
        free &= !taken[k];
      }
      if (e != null && free && (e.exactCase().isEmpty() || e.exactCase().equals(String.join(" ", span)))) {
        return Optional.of(new Match<>(start, end, e.value()));
      }
    }
    return Optional.empty();
  }
}
