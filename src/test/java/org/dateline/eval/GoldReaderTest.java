package org.dateline.eval;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoldReaderTest {

  /** After an emoji, code point offsets are one less than Java char offsets; the gold uses code points. */
  @Test
  void readsNerLineWithCodePointOffsets() throws Exception {
    String text = "\uD83D\uDE00 Obama met Putin";
    GoldDocument doc = GoldReader.parse("{\"id\": \"d1\", \"text\": \"" + text + "\", \"entities\": ["
        + "{\"begin\": 2, \"end\": 7, \"text\": \"Obama\", \"type\": \"PER\"},"
        + "{\"begin\": 12, \"end\": 17, \"text\": \"Putin\", \"type\": \"PER\"}]}");
    assertEquals("d1", doc.id());
    assertEquals("", doc.dct());
    assertEquals(List.of(new Span(2, 7, "PER"), new Span(12, 17, "PER")), doc.spans());
    assertEquals("Obama", doc.textOf(doc.spans().get(0)));
    assertEquals("Putin", doc.textOf(doc.spans().get(1)));
    assertEquals(12, doc.codePointOffset(text.indexOf("Putin")));
    assertEquals(17, doc.length());
  }

  @Test
  void readsTimexLine() throws Exception {
    GoldDocument doc = GoldReader.parse("{\"id\": \"t1\", \"dct\": \"1998-02-13\","
        + " \"text\": \"\\nIn August.\", \"timexes\": [{\"begin\": 4, \"end\": 10, \"text\": \"August\","
        + " \"type\": \"DATE\", \"value\": \"1998-08\"}]}");
    assertEquals("1998-02-13", doc.dct());
    assertEquals(List.of(new Span(4, 10, "DATE", "1998-08")), doc.spans());
  }

  /** Char offsets where code points are expected must fail, not score silently wrong. */
  @Test
  void rejectsSpanWhoseTextDoesNotMatch() {
    String line = "{\"id\": \"d1\", \"text\": \"\uD83D\uDE00 Obama\", \"entities\": ["
        + "{\"begin\": 3, \"end\": 8, \"text\": \"Obama\", \"type\": \"PER\"}]}";
    assertThrows(IllegalArgumentException.class, () -> GoldReader.parse(line));
  }

  @Test
  void streamsSeveralLinesIncludingEmptyDocuments() throws Exception {
    String jsonl = "{\"id\": \"a\", \"text\": \"\", \"entities\": []}\n\n"
        + "{\"id\": \"b\", \"text\": \"Paris\","
        + " \"entities\": [{\"begin\": 0, \"end\": 5, \"type\": \"LOC\"}]}\n";
    try (Stream<GoldDocument> docs = GoldReader.stream(new StringReader(jsonl))) {
      List<GoldDocument> all = docs.toList();
      assertEquals(List.of("a", "b"), all.stream().map(GoldDocument::id).toList());
      assertEquals(List.of(), all.get(0).spans());
      assertEquals(1, all.get(1).spans().size());
    }
  }
}
