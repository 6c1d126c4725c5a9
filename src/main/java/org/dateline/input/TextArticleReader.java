package org.dateline.input;

import java.io.IOException;
import java.io.InputStream;
import org.dateline.doc.Article;

/**
 * Reads a .txt file as one article. The title stays empty: the page segmenter finds the headline later. How
 * the bytes were decoded, when it was not plain UTF-8, is recorded as the article's warning.
 */
final class TextArticleReader {

  private TextArticleReader() {
  }

  static Article read(ReadableFile file) {
    byte[] bytes;
    try {
      bytes = readAll(file);
    } catch (IOException | OutOfMemoryError e) {
      return Article.unreadable(file.name(), file.source(),
          "cannot read " + file.source() + ": " + e + "; check that the file is readable");
    }
    DecodedText decoded = TextDecoding.decode(bytes);
    if (decoded.binary()) {
      return Article.unreadable(file.name(), file.source(), decoded.binaryReason(file.source()));
    }
    return new Article(file.name(), file.source(), "", decoded.text(), "", "", "", "", decoded.warning());
  }

  private static byte[] readAll(ReadableFile file) throws IOException {
    try (InputStream in = file.open()) {
      return in.readAllBytes();
    }
  }
}
