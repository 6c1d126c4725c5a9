package org.dateline.events;

import java.util.List;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.Docs;
import org.dateline.doc.Event;
import org.dateline.entities.EntityExtractor;

/** The event stage with the bundled lexicon and actor dictionaries, run on one hand-parsed sentence. */
final class HandParsedEvents {

  private final EventExtractor extractor = new EventExtractor(Lexicon.load(null),
      ActorDictionary.load(null, ActorFiles.BUNDLED));
  private final EntityExtractor entities = new EntityExtractor(Demonyms.load());

  /** The event rows of {@code sentence}, written as {@link Docs#doc} reads it. */
  List<Event> events(String sentence) {
    Doc doc = Docs.doc(sentence);
    return extractor.extract(doc, entities.extract(doc), List.of());
  }
}
