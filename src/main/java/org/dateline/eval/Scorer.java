package org.dateline.eval;

import java.util.List;

/** Accumulates gold-versus-predicted spans document by document and reports the figures. */
public interface Scorer {

  void add(GoldDocument gold, List<Span> predicted);

  /** The figures so far, untitled (the task names them). */
  Report report();

  List<SpanError> errors(int limit);
}
