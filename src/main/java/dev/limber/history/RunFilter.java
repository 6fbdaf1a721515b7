package dev.limber.history;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which runs to read: started on or after {@code since} (the local date where the run was played),
 * of one session id.
 */
public record RunFilter(Optional<LocalDate> since, Optional<String> sessionId) {
  public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty());

  public boolean accepts(Run run) {
    return since.map(d -> !run.startedAt().toLocalDate().isBefore(d)).orElse(true)
        && sessionId.map(run.sessionId()::equals).orElse(true);
  }
}
