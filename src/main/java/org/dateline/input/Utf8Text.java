package org.dateline.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that never fails: real-world corpora contain stray Latin-1 bytes and Windows BOMs, and one
 * bad byte must not cost the whole article. Malformed bytes become U+FFFD; a leading BOM is dropped so it does
 * not end up in the first id, header name or headline.
 */
final class Utf8Text {

  private static final char BOM = '\uFEFF';

  private Utf8Text() {
  }

  static String decode(byte[] bytes) {
    try {
      return stripBom(lenientDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      // Cannot happen with REPLACE actions; kept as an assertion of that.
      throw new IllegalStateException(e);
    }
  }

  /** A buffered reader over the stream, lenient and without the BOM; closing it closes the stream. */
  static BufferedReader reader(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, lenientDecoder()), 1 << 16);
    reader.mark(1);
    int first = reader.read();
    if (first != BOM && first != -1) {
      reader.reset();
    }
    return reader;
  }

  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  private static CharsetDecoder lenientDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
