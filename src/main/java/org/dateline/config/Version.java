package org.dateline.config;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), so it never drifts from the pom. */
public final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"dateline " + (v == null ? "(development build)" : v)
        + ", Stanford CoreNLP 4.5.10, Java " + System.getProperty("java.version")};
  }
}
