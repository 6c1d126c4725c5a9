package org.dateline.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.dateline.table.Column;
import org.dateline.table.Table;

/**
 * Reads a Parquet file with parquet-java (on the test classpath through Spark), never with DuckDB, which wrote it:
 * rows as JSON objects and each column's type in the README's words.
 */
final class ParquetRows {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParquetRows() {
  }

  static List<String> types(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(input(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<String> types = new ArrayList<>();
      for (Type f : schema.getFields()) {
        types.add(typeOf(f));
      }
      return types;
    }
  }

  private static String typeOf(Type f) {
    if (f.isPrimitive()) {
      LogicalTypeAnnotation logical = f.getLogicalTypeAnnotation();
      return logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation ? "STRING"
          : f.asPrimitiveType().getPrimitiveTypeName().name();
    }
    GroupType g = f.asGroupType();
    if (g.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
      return "LIST<" + typeOf(g.getType(0).asGroupType().getType(0)) + ">";
    }
    return "GROUP";
  }

  static List<JsonNode> read(Path file, Table table) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
        new org.apache.hadoop.fs.Path(file.toUri())).withConf(new Configuration()).build()) {
      for (Group g = reader.read(); g != null; g = reader.read()) {
        ObjectNode row = NODES.objectNode();
        for (Column c : table.columns()) {
          row.set(c.name(), value(g, c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static JsonNode value(Group g, Column c) {
    if (g.getFieldRepetitionCount(c.name()) == 0) {
      return NODES.nullNode();
    }
    return switch (c.type()) {
      case INTEGER -> NODES.numberNode(g.getLong(c.name(), 0));
      case DECIMAL -> NODES.numberNode(g.getDouble(c.name(), 0));
      case BOOLEAN -> NODES.booleanNode(g.getBoolean(c.name(), 0));
      case LIST -> {
        Group list = g.getGroup(c.name(), 0);
        var array = NODES.arrayNode();
        for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
          array.add(list.getGroup(0, i).getString(0, 0));
        }
        yield array;
      }
      case CODE, TEXT, DATE -> NODES.textNode(g.getString(c.name(), 0));
    };
  }

  private static HadoopInputFile input(Path file) throws IOException {
    return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), new Configuration());
  }
}
