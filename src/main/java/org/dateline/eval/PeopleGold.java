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
 * Reads person-gender gold in the format of {@code people-gender-dev} ({@code id, text, people:[{name, mentions:
 * [[begin, end], ...], gender}]}); offsets are code points, as Python wrote them.
 */
final class PeopleGold {

  private static final ObjectReader READER = new ObjectMapper().readerFor(Doc.class);

  /** One gold document. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Doc(String id, String text, List<Person> people) {

    Doc {
      people = people == null ? List.of() : List.copyOf(people);
    }
  }

  /** One gold person: the name spans of its named mentions and the gender its pronouns state. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Person(String name, List<List<Integer>> mentions, String gender) {

    Person {
      mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
  }

  private PeopleGold() {
  }

  /** All documents of a gold file, or the first {@code limit} when it is positive. */
  static List<Doc> read(Path file, int limit) {
    List<Doc> docs = new ArrayList<>();
    try (MappingIterator<Doc> it = READER.readValues(file.toFile())) {
      while (it.hasNext() && (limit <= 0 || docs.size() < limit)) {
        docs.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read people gold " + file + " (one JSON document per line expected)", e);
    }
    return docs;
  }
}
