package org.dateline.config;

import java.io.Serializable;
import java.util.List;

/**
 * The actor and agent dictionaries a run codes actors with, when not the bundled {@code models/events/actors.tsv}
 * and {@code agents.tsv}: files ending in {@code .tsv} are read as Dateline's tables, any other file as a
 * PETRARCH/Phoenix dictionary. A non-empty list replaces the bundled file of its kind; with several files a later
 * file's entry for a name replaces an earlier one's, as PETRARCH reads its actor file list.
 *
 * @param actors paths of actor dictionaries (names to country or actor codes); empty for the bundled one
 * @param agents paths of agent dictionaries (role nouns to agent codes); empty for the bundled one
 */
public record ActorFiles(List<String> actors, List<String> agents) implements Serializable {

  public static final ActorFiles BUNDLED = new ActorFiles(List.of(), List.of());

  public ActorFiles {
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
  }

  /** For the run's settings line: which dictionaries decide the code columns. */
  public String describe() {
    return "actors=" + String.join(",", actors) + " agents=" + String.join(",", agents);
  }
}
