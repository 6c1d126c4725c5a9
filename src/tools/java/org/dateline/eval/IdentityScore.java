package org.dateline.eval;

import java.nio.file.Path;

/**
 * Tuning tool (not shipped): scores an existing tables folder with the identity task, without running extract.
 * Args: GOLD (entity-identity-dev.jsonl, people-dev.jsonl beside it) TABLES.
 */
public final class IdentityScore {

  private IdentityScore() {
  }

  public static void main(String[] args) {
    System.out.println(new IdentityTask(Path.of(args[0]), 0).score(Path.of(args[1]), 0).render());
  }
}
