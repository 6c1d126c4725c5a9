package org.dateline.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dateline.config.UsageException;

/**
 * One run per output folder: an operating-system lock on {@code OUT/.dateline.lock}, taken before the models
 * load. The OS releases it when the process ends however it ends, so a lock left by a killed run never blocks
 * the next one; the file itself stays (deleting it would let a third run lock a new file while a second still
 * holds the old one). It holds the pid and start time of the run that holds it, for the message of the run that
 * is refused. Hidden, so it does not make the folder "non-empty".
 */
public final class OutputLock implements AutoCloseable {

  static final String FILE_NAME = ".dateline.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates {@code dir} if needed and locks it for this process.
   *
   * @throws UsageException when the folder cannot be written or another run holds it (naming its pid and start)
   */
  public static OutputLock acquire(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("--out " + dir + " is a file, not a folder; name a folder for the tables");
    }
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UsageException("cannot write in output folder " + dir + " (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + "); check its permissions and free space, or choose another --out folder");
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      close(channel);
      throw new UsageException("cannot lock output folder " + dir + ": " + e.getMessage()
          + "; choose a folder on a local disk as --out");
    }
    if (lock == null) {
      String holder = holder(file);
      close(channel);
      throw new UsageException("output folder " + dir + " is in use by another Dateline run (" + holder + "); wait "
          + "for it to finish, or choose another --out folder");
    }
    OutputLock held = new OutputLock(channel, lock);
    held.record();
    return held;
  }

  /** Who holds the lock: written by the holder just after it locked, so it may be empty for a moment. */
  private static String holder(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? "it is just starting" : s.replace('\n', ' ').replace("pid=", "pid ")
          .replace(" started=", ", started ");
    } catch (IOException e) {
      return "its pid is unknown";
    }
  }

  private void record() {
    ProcessHandle self = ProcessHandle.current();
    Instant started = self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    byte[] text = ("pid=" + self.pid() + " started=" + started + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      channel.truncate(0);
      ByteBuffer buffer = ByteBuffer.wrap(text);
      while (buffer.hasRemaining()) {
        channel.write(buffer, buffer.position());
      }
    } catch (IOException e) {
      // The lock holds all the same; only the refused run's message loses the pid.
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written through it.
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it too.
    }
    close(channel);
  }
}
