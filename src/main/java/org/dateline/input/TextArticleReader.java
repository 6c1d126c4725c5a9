package org.dateline.input;

import java.io.IOException;
import java.nio.file.Files;
import org.dateline.article.Article;

/** Reads a .txt file as one article. The title stays empty: the page segmenter finds the headline later. */
final class TextArticleReader {

  private TextArticleReader() {
  }

  static Article read(InputFile file) {
    try {
      String text = Utf8Text.decode(Files.readAllBytes(file.path()));
      return new Article(file.name(), file.source(), "", text, "", "", "", "");
    } catch (IOException e) {
      return Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable");
    }
  }
}
