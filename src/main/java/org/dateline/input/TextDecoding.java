package org.dateline.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a one-article file (.txt, .html) whatever they turn out to be. Scraped corpora hold
 * UTF-8, UTF-16 saved by Windows editors (always with a byte-order mark), legacy Windows-1252 pages, and a few
 * corrupt or binary files; none of them may stop a run, and the user is told whenever the text is not exactly
 * the UTF-8 the file should have held.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char REPLACEMENT = '\uFFFD';

  private TextDecoding() {
  }

  static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return checked(decodeUtf8(bytes, 3), "");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return checked(lenient(bytes, 2, StandardCharsets.UTF_16LE), "decoded as UTF-16LE (byte-order mark)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return checked(lenient(bytes, 2, StandardCharsets.UTF_16BE), "decoded as UTF-16BE (byte-order mark)");
    }
    return checked(decodeUtf8(bytes, 0), "");
  }

  /** Whether the bytes are valid UTF-8 (a BOM included); such files need no guessing. */
  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static DecodedText checked(DecodedText d, String extraWarning) {
    boolean binary = d.text().indexOf('\0') >= 0;
    String warning = d.warning().isEmpty() ? extraWarning : d.warning();
    return new DecodedText(d.text(), warning, binary);
  }

  /**
   * Strict UTF-8 first. When that fails, a file without a single well-formed multi-byte UTF-8 sequence is a
   * legacy single-byte file, read as Windows-1252 (a superset of Latin-1 for printable text); a file that has
   * some is UTF-8 with damage, and each bad sequence becomes U+FFFD.
   */
  private static DecodedText decodeUtf8(byte[] bytes, int from) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
          .toString();
      return new DecodedText(text, "", false);
    } catch (CharacterCodingException e) {
      if (multiByteSequences(bytes, from) == 0) {
        return new DecodedText(lenient(bytes, from, WINDOWS_1252).text(),
            "not valid UTF-8; decoded as Windows-1252 (convert the file to UTF-8 if that is wrong)", false);
      }
      String text = lenient(bytes, from, StandardCharsets.UTF_8).text();
      long replaced = text.chars().filter(c -> c == REPLACEMENT).count() - literalReplacementChars(bytes, from);
      return new DecodedText(text, "invalid UTF-8: " + replaced + " malformed byte sequence(s) replaced by U+FFFD",
          false);
    }
  }

  private static DecodedText lenient(byte[] bytes, int from, Charset charset) {
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
      return new DecodedText(text, "", false);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder reported an error", e);
    }
  }

  /** Well-formed 2-, 3- and 4-byte UTF-8 sequences: Windows-1252 text almost never contains one. */
  static int multiByteSequences(byte[] b, int from) {
    int found = 0;
    for (int i = from; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
          : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > b.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < length; k++) {
        ok &= (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        found++;
        i += length - 1;
      }
    }
    return found;
  }

  /** U+FFFD already in the file (EF BF BD) is not a decoding error and must not be counted as one. */
  private static long literalReplacementChars(byte[] b, int from) {
    long n = 0;
    for (int i = from; i + 2 < b.length; i++) {
      if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
        n++;
      }
    }
    return n;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
