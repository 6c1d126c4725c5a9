package org.dateline.events;

import java.util.Optional;

/**
 * CAMEO codes what was done, not what was not: "Russia will not attack Ukraine" and "did not condemn" are no events.
 * Where CAMEO has a code for the refusal itself, a negated act is that refusal: not easing or withdrawing is 124
 * (refuse to yield), not cooperating materially 121, not commenting 011 (decline comment). This is PETRARCH2's
 * reading too: it codes a negated verb only when the negation of its code is itself a CAMEO code.
 */
final class Negation {

  private Negation() {
  }

  /** The trigger as coded under its clause's negation; empty when a negated act is no event. */
  static Optional<Trigger> apply(Trigger t, Mood mood) {
    if (!mood.negated()) {
      return Optional.of(t);
    }
    String refusal = switch (t.code().length() < 2 ? "" : t.code().substring(0, 2)) {
      case "01" -> "011";
      case "06" -> "121";
      case "08" -> "124";
      default -> "";
    };
    return refusal.isEmpty() ? Optional.empty() : Optional.of(t.recoded(refusal, "negated " + t.code()));
  }
}
