package org.dateline.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import org.dateline.config.InputFields;
import org.dateline.doc.Article;

/**
 * A JSON array of article records ({@code [{...}, {...}]}), or records one after another each over several
 * lines (a pretty-printed record per file), streamed one record at a time so a large export is read in constant
 * memory. Records are numbered from 1; a record without an id gets {@code file:N}. A syntax
 * error ends the file (a JSON parser cannot find the next record after one): the records before it are kept and
 * one failed row says where it broke.
 */
final class JsonArrayArticleSource extends Lookahead implements ArticleSource {

  private final ReadableFile file;
  private final GzipLines data;
  private final JsonParser parser;
  private final InputFields fields;
  private final boolean array;
  private int record;
  private boolean started;
  private boolean finished;

  JsonArrayArticleSource(ReadableFile file, GzipLines data, Reader reader, InputFields fields, boolean array)
      throws IOException {
    this.file = file;
    this.array = array;
    this.data = data;
    this.fields = fields;
    this.parser = JsonRecords.FACTORY.createParser(reader);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !finished) {
      // The record a syntax error breaks: the next one until its first token is read.
      int at = record + 1;
      try {
        if (!started && array) {
          parser.nextToken();
        }
        started = true;
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
          close();
          break;
        }
        record = at;
        if (token == JsonToken.START_OBJECT) {
          next = toArticle(JsonRecords.MAPPER.readTree(parser));
        } else {
          parser.skipChildren();
          next = malformed(record, "not a JSON object");
        }
      } catch (IOException e) {
        close();
        String why = data.cut().map(where -> "file cut short: " + where + "; get the complete file and run again")
            .orElseGet(() -> "malformed JSON in record " + at + " of " + file.source() + ": "
                + JsonRecords.firstLine(e instanceof JsonProcessingException j ? j.getOriginalMessage()
                : e.getMessage()) + "; the records before it were read; fix the file");
        next = Article.unreadable(file.name() + ":" + at, file.source() + ":" + at, why);
      }
    }
    return next != null;
  }

  private Article toArticle(com.fasterxml.jackson.databind.JsonNode node) {
    String[] problem = new String[1];
    Article a = JsonRecords.article(node, fields, file.name() + ":" + record, file.source() + ":" + record,
        problem);
    return a != null ? a : malformed(record, problem[0]);
  }

  private Article malformed(int n, String reason) {
    return Article.unreadable(file.name() + ":" + n, file.source() + ":" + n, "malformed JSON in record " + n
        + " of " + file.source() + ": " + reason + "; fix or remove the record");
  }

  @Override
  public void close() {
    finished = true;
    try {
      parser.close();
      data.close();
    } catch (IOException e) {
      // Only reading happened; nothing is lost by a failed close.
    }
  }
}
