package org.dateline.model;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.spark.internal.io.FileCommitProtocol;
import org.apache.spark.sql.execution.datasources.SQLHadoopMapReduceCommitProtocol;

/**
 * Spark's own commit protocol, except that the first task to commit NLP results fails after writing its rows: as
 * an executor lost at the worst moment would. Spark retries the task; the test checks nothing is lost or doubled.
 * Installed with {@code spark.sql.sources.commitProtocolClass}.
 */
public class FailOnceCommitProtocol extends SQLHadoopMapReduceCommitProtocol {

  static final AtomicInteger FAILURES = new AtomicInteger();

  private final String path;

  public FailOnceCommitProtocol(String jobId, String path, boolean dynamicPartitionOverwrite) {
    super(jobId, path, dynamicPartitionOverwrite);
    this.path = path;
  }

  @Override
  public FileCommitProtocol.TaskCommitMessage commitTask(TaskAttemptContext task) {
    if (path.contains("nlp-results") && FAILURES.compareAndSet(0, 1)) {
      throw new IllegalStateException("injected failure: task " + task.getTaskAttemptID() + " lost before commit");
    }
    return super.commitTask(task);
  }
}
