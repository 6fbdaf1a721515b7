package dev.limber.session;

import java.util.List;

/** A session text that is not a valid session; carries every fault found, in source order. */
public final class SessionFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public SessionFormatException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid session" : problems.get(0).toString(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
