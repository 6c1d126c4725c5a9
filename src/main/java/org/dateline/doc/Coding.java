package org.dateline.doc;

/**
 * A CAMEO code with everything the events table derives from it.
 *
 * @param code      the CAMEO code, as specific as the evidence allowed ("120", "0871")
 * @param root      its two-digit root ("12")
 * @param plover    the PLOVER type the code maps to; empty for roots 01 and 02, which PLOVER dropped
 * @param quadClass GDELT quad class 1-4 of the root
 * @param goldstein Goldstein value of the root
 */
public record Coding(String code, String root, String plover, int quadClass, double goldstein) {

  /** Roots 01 and 02: statements and appeals, which PLOVER does not count as events. */
  public boolean isStatement() {
    return root.equals("01") || root.equals("02");
  }
}
