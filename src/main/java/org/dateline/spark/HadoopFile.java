package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.dateline.input.InputFormat;
import org.dateline.input.ReadableFile;

/**
 * A file on any file system Spark reads (HDFS, S3, the local disk), as the CLI's readers see files.
 *
 * @param uri  the fully qualified location, as the file system listed it
 * @param conf the Hadoop configuration that reaches that file system (credentials, endpoints)
 */
record HadoopFile(String name, String source, InputFormat format, String uri, Configuration conf)
    implements ReadableFile {

  @Override
  public InputStream open() throws IOException {
    Path path = new Path(URI.create(uri));
    return path.getFileSystem(conf).open(path);
  }
}
