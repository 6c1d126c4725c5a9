package org.dateline.config;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), so it never drifts from the pom. */
public final class Version implements IVersionProvider {

  public static final String CORENLP = "4.5.10";

  /** Dateline's version from the jar manifest, or "(development build)" when run from classes. */
  public static String dateline() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dateline " + dateline() + ", Stanford CoreNLP " + CORENLP + ", Java "
        + System.getProperty("java.version")};
  }
}
