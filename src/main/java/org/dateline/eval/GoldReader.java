package org.dateline.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads gold JSON Lines files lazily, one {@link GoldDocument} per line.
 *
 * <p>Two formats share this reader: NER gold {@code {id, text, entities:[{begin,end,text,type}]}} and
 * timex gold {@code {id, dct, text, timexes:[{begin,end,text,type,value}]}}. Every span's {@code text}
 * is checked against the document text, so an offset mix-up (chars vs code points) fails loudly here
 * instead of silently lowering a score.
 */
public final class GoldReader {

  // ObjectReader is immutable and thread-safe, so one shared instance is safe.
  private static final ObjectReader READER = new ObjectMapper().readerFor(RawDoc.class);

  private GoldReader() {
  }

  /** Streams the documents of a gold file; close the stream to close the file. */
  public static Stream<GoldDocument> stream(Path file) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    try {
      return stream(reader).onClose(() -> {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Streams the documents from a reader; closing the stream closes the reader. */
  public static Stream<GoldDocument> stream(Reader reader) throws IOException {
    MappingIterator<RawDoc> it = READER.readValues(reader);
    Spliterator<RawDoc> split = Spliterators.spliteratorUnknownSize(
        it, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).map(RawDoc::toGold).onClose(() -> {
      try {
        it.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Parses one JSON line (handy for tests and single documents). */
  public static GoldDocument parse(String jsonLine) throws IOException {
    return READER.<RawDoc>readValue(jsonLine).toGold();
  }

  /** A span as written in the file; {@code value} is absent in NER gold. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RawSpan(int begin, int end, String text, String type, String value) {
  }

  /** A line as written in the file; exactly one of {@code entities} / {@code timexes} is present. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record RawDoc(String id, String dct, String text, List<RawSpan> entities, List<RawSpan> timexes) {

    GoldDocument toGold() {
      List<RawSpan> raw = entities != null ? entities : timexes != null ? timexes : List.of();
      List<Span> spans = new ArrayList<>(raw.size());
      for (RawSpan r : raw) {
        spans.add(new Span(r.begin(), r.end(), r.type(), r.value()));
      }
      GoldDocument doc = new GoldDocument(id, dct, text, spans);
      int limit = doc.length();
      for (int i = 0; i < raw.size(); i++) {
        Span s = spans.get(i);
        if (s.end() > limit || (raw.get(i).text() != null && !raw.get(i).text().equals(doc.textOf(s)))) {
          throw new IllegalArgumentException("gold document " + doc.id() + ": span " + s
              + " does not cover its text \"" + raw.get(i).text() + "\"");
        }
      }
      return doc;
    }
  }
}
