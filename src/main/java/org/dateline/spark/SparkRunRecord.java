package org.dateline.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dateline.output.RunRecord;
import org.dateline.output.RunStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark job's run.json, written once its tables are complete, when they are CSV on the local file system: the
 * record counts the tables back with the CLI's reader, which reads local files only. On HDFS or S3, or with
 * parquet tables only, the job writes no run.json and says so.
 */
final class SparkRunRecord {

  private static final Logger LOG = LoggerFactory.getLogger(SparkRunRecord.class);

  private SparkRunRecord() {
  }

  static void write(RunStart start, String out, Set<String> formats) {
    URI uri = URI.create(out.replace(" ", "%20"));
    boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
    if (!local || !formats.contains("csv")) {
      LOG.info("no run.json: it is written only for CSV tables on the local file system");
      return;
    }
    Path dir = uri.getScheme() == null ? Path.of(out) : Path.of(uri);
    try {
      if (Files.isDirectory(dir)) {
        RunRecord.write(RunRecord.of(start, dir), dir);
      }
    } catch (IOException | RuntimeException e) {
      // The tables are complete; a missing record must not fail the job.
      LOG.warn("the tables are complete, but {} could not be written: {}", dir.resolve(RunRecord.FILE_NAME),
          e.getMessage());
    }
  }
}
