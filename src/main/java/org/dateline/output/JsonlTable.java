package org.dateline.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.table.Column;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;
import org.dateline.table.TypedCell;

/**
 * A finished CSV table as JSON Lines: one object per row, in the CSV's order, keys in column order, values typed
 * by {@link TypedCell} (numbers, booleans, arrays, null for an empty cell). Streams: one row in memory at a time.
 */
final class JsonlTable {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonlTable() {
  }

  /** The JSONL file name of {@code table}: {@code mentions.jsonl}. */
  static String fileName(Table table, String extension) {
    return table.fileName().replaceFirst("\\.csv$", "." + extension);
  }

  /** Writes {@code table} of the CSV tables in {@code folder} to {@code target}; returns the rows written. */
  static long write(Path folder, Table table, Path target) throws IOException {
    long rows = 0;
    List<Column> columns = table.columns();
    try (TableReader in = TableReader.open(folder, table);
         OutputStream out = Files.newOutputStream(target);
         JsonGenerator json = JSON.createGenerator(out)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      while (in.hasNext()) {
        TableRow row = in.next();
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
          json.writeFieldName(columns.get(i).name());
          writeValue(json, TypedCell.of(columns.get(i), row.cells().get(i)));
        }
        json.writeEndObject();
        rows++;
      }
      if (rows > 0) {
        json.writeRaw('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rows;
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Long l) {
      json.writeNumber(l);
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object v : list) {
        json.writeString((String) v);
      }
      json.writeEndArray();
    } else {
      json.writeString((String) value);
    }
  }
}
