package org.dateline.identity;

import java.util.List;
import org.dateline.table.Table;

/** The columns that hold an entity key, which resolution rewrites; the same for the CLI and the Spark job. */
public final class KeyColumns {

  /** The tables with key columns, in the order they are rewritten. */
  public static final List<Table> TABLES = List.of(Table.ENTITIES, Table.QUOTES, Table.EVENTS);

  private KeyColumns() {
  }

  public static List<String> of(Table table) {
    return switch (table) {
      case ENTITIES -> List.of("entity_key");
      case QUOTES -> List.of("speaker_key");
      case EVENTS -> List.of("actor_key", "target_key");
      default -> List.of();
    };
  }
}
