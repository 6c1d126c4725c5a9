package org.dateline.quotes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.entities.EntityExtractor;
import org.dateline.nlp.NlpDoc;

/** Developer tool: prints each quoted span's attribution for one cached document (args: cache, id prefix). */
public final class AttrDebug {
  private AttrDebug() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.contains("\"id\":\"" + args[1])) {
        continue;
      }
      NlpDoc doc = json.readValue(line, NlpCacheDump.Cached.class).doc();
      QuoteContext ctx = new QuoteContext(doc, new EntityExtractor().extract(doc));
      for (QuoteMarks.Quoted q : ctx.quoted) {
        boolean direct = DirectQuotes.isDirect(ctx, q);
        Quote r = direct ? DirectQuotes.attribute(ctx, q) : null;
        System.out.println(q.start() + " " + direct + " " + (r == null ? "" : r.cue() + " " + r.speaker()));
        if (r != null && r.cue().start() >= 0) {
          for (org.dateline.nlp.Token t : doc.tokens()) {
            if (t.start() == r.cue().start()) {
              DepTree tree = ctx.trees.get(t.sentence());
              for (int k : tree.children(t.index())) {
                System.out.println("   child " + doc.tokens().get(k).word() + " " + tree.rel(k) + " q=" + ctx.inQuote(doc.tokens().get(k)));
              }
              System.out.println("   src " + ctx.speakers.sourceOfVerb(tree, t.index()) + " " + t);
            }
          }
        }
      }
    }
  }
}
