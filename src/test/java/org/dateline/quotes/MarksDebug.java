package org.dateline.quotes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Developer tool: prints the quoted spans QuoteMarks finds in a text file. */
public final class MarksDebug {
  private MarksDebug() {
  }

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    for (QuoteMarks.Quoted q : QuoteMarks.find(text)) {
      System.out.println(q + "\t" + text.substring(q.start(), Math.min(q.end(), q.start() + 80)).replace('\n', ' '));
    }
  }
}
