package org.dateline.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a JSONL file, gunzipped when it is a {@code .gz}, that end where the data ends instead of failing
 * there: a truncated download ({@code Unexpected end of ZLIB input stream}), a corrupt block or a vanished file
 * ends the stream, and {@link #cut} says where and why. Without this, the error thrown in the middle of a
 * decoder's buffer would also take the complete records decoded just before it.
 */
final class GzipLines extends FilterInputStream {

  private final Counted raw;
  private final boolean gzip;
  private long delivered;
  private IOException failure;

  private GzipLines(InputStream in, Counted raw, boolean gzip) {
    super(in);
    this.raw = raw;
    this.gzip = gzip;
  }

  /** The stream of {@code file}'s data; the gzip header is read here, so a file cut inside it fails at once. */
  static GzipLines open(ReadableFile file) throws IOException {
    Counted raw = new Counted(file.open());
    boolean gzip = InputFormat.isGzip(file.name());
    try {
      return new GzipLines(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, raw, gzip);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Where and why the data ended early, for the failed row; empty while reading and after a complete file. */
  Optional<String> cut() {
    if (failure == null) {
      return Optional.empty();
    }
    String where = gzip ? "the compressed data ends at byte " + raw.count + " of the file (after " + delivered
        + " bytes of text)" : "reading stopped after byte " + delivered;
    return Optional.of(where + ": " + failure.getMessage());
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      return -1;
    }
    try {
      int n = in.read(b, off, len);
      delivered += Math.max(n, 0);
      return n;
    } catch (IOException e) {
      failure = e;
      return -1;
    }
  }

  @Override
  public int available() throws IOException {
    return failure != null ? 0 : super.available();
  }

  /** Counts the bytes read from the file itself: where a truncated gzip ends. */
  private static final class Counted extends FilterInputStream {
    long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}
