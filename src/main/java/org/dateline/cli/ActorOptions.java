package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import org.dateline.events.ActorDictionary;
import org.dateline.config.ActorFiles;
import picocli.CommandLine.Option;

/**
 * The dictionaries that give events their CAMEO actor codes ({@code actor_code}, {@code target_code}), shared by
 * {@code extract}, {@code eval} and the Spark job. Without them the bundled {@code models/events/actors.tsv} and
 * {@code agents.tsv} are used.
 */
public final class ActorOptions {

  @Option(names = "--actors", paramLabel = "FILE", split = ",",
      description = "Actor dictionaries (names to CAMEO country/actor codes) used instead of the bundled "
          + "models/events/actors.tsv: Dateline .tsv tables or PETRARCH/Phoenix dictionaries (any other file). "
          + "Comma-separated or repeated; a later file's entry for a name wins.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--agents", paramLabel = "FILE", split = ",",
      description = "Agent dictionaries (role nouns to agent codes such as GOV, MIL, COP) used instead of the "
          + "bundled models/events/agents.tsv: .tsv tables or PETRARCH agent dictionaries.")
  List<String> agents = new ArrayList<>();

  public ActorFiles files() {
    return new ActorFiles(actors, agents);
  }

  /** A missing file or a malformed line is a usage error before any model loads, naming the file and line. */
  public void check() {
    if (!files().equals(ActorFiles.BUNDLED)) {
      ActorDictionary.load(null, files());
    }
  }
}
