package org.dateline.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads quote gold in the PolNeAR format of {@code quotes-dev} ({@code id, date, text, quotes:[{begin, end,
 * kind, speaker, speaker_begin, speaker_end}]}); offsets are code points, as Python wrote them.
 */
public final class QuoteGold {

  private static final ObjectReader READER = new ObjectMapper().readerFor(Doc.class);

  /** One gold article. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Doc(String id, String date, String text, List<Raw> quotes) {

    public List<QuoteSpan> spans() {
      List<QuoteSpan> out = new ArrayList<>();
      for (Raw r : quotes == null ? List.<Raw>of() : quotes) {
        out.add(new QuoteSpan(r.begin(), r.end(), r.kind(), r.speaker(),
            r.speakerBegin() == null ? -1 : r.speakerBegin(), r.speakerEnd() == null ? -1 : r.speakerEnd()));
      }
      return out;
    }
  }

  /** One gold record as written. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Raw(int begin, int end, String kind, String speaker,
                    @com.fasterxml.jackson.annotation.JsonProperty("speaker_begin") Integer speakerBegin,
                    @com.fasterxml.jackson.annotation.JsonProperty("speaker_end") Integer speakerEnd) {
  }

  private QuoteGold() {
  }

  /** All documents of a gold file, or the first {@code limit} when it is positive. */
  public static List<Doc> read(Path file, int limit) {
    List<Doc> docs = new ArrayList<>();
    try (MappingIterator<Doc> it = READER.readValues(file.toFile())) {
      while (it.hasNext() && (limit <= 0 || docs.size() < limit)) {
        docs.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quote gold " + file, e);
    }
    return docs;
  }
}
