package dev.limber.history;

import java.time.OffsetDateTime;
import java.util.OptionalInt;

/** Builds runs for tests. */
final class Runs {
  static final RunSettings SETTINGS = new RunSettings(135, 100, 1.0, "session", true);
  static final String SHA = "a".repeat(64);

  private Runs() {}

  static RunStart start(String id, String session, OffsetDateTime at) {
    return new RunStart(
        id,
        session,
        title(session),
        SHA,
        8,
        SETTINGS,
        at.toInstant(),
        RunOrigin.PLAIN,
        OptionalInt.empty());
  }

  static RunEnd end(RunOutcome outcome, long seconds, OffsetDateTime at) {
    return new RunEnd(
        outcome,
        outcome == RunOutcome.COMPLETED ? 8 : 3,
        0,
        seconds,
        at.toInstant(),
        OptionalInt.empty());
  }

  static String title(String session) {
    return switch (session) {
      case "lower-back-basics" -> "Lower back basics";
      case "desk-break" -> "Desk break";
      default -> session;
    };
  }
}
