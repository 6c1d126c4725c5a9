package org.dateline.events;

import java.util.Optional;

/**
 * CAMEO codes what was done, not what was not: "Russia will not attack Ukraine" and "did not condemn" are no events.
 * Where CAMEO has a code for the refusal itself, a stated negation is that refusal: not easing or withdrawing is 124
 * (refuse to yield), not commenting 011 (decline comment). PETRARCH2 reads negation the same way: it codes a
 * negated verb only when the negation of its code is itself a CAMEO code. (It also turns a negated 06 into 121,
 * reject material cooperation; "did not give details" shows why that is left out here.)
 */
final class Negation {

  private Negation() {
  }

  /** The trigger as coded under its clause's negation; empty when a negated act is no event. */
  static Optional<Trigger> apply(Trigger t, Mood mood) {
    if (!mood.negated()) {
      return Optional.of(t);
    }
    // A refusal is stated ("did not lift", "will not withdraw"), not supposed ("if we can't resolve it").
    boolean stated = mood.modality().equals(Mood.ASSERTED) || mood.modality().equals(Mood.PLANNED);
    String refusal = !stated ? "" : switch (t.code().length() < 2 ? "" : t.code().substring(0, 2)) {
      case "01" -> "011";
      case "08" -> "124";
      default -> "";
    };
    return refusal.isEmpty() ? Optional.empty() : Optional.of(t.recoded(refusal, "negated " + t.code()));
  }
}
