package dev.limber.history;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Nine weeks of runs for the report's golden files. They cross two month ends, the end of
 * daylight-saving time in Berlin (25 October 2026, +02:00 to +01:00), and a flight from Berlin to
 * New York (9 to 10 November, +01:00 to -05:00, back on the 27th): by UTC, 10 November has no run;
 * by the date where it was played, it has. "Now" is Tuesday 1 December 2026, 21:00 in Berlin.
 */
final class Fixture {
  static final ZonedDateTime NOW =
      ZonedDateTime.of(2026, 12, 1, 21, 0, 0, 0, ZoneId.of("Europe/Berlin"));

  private Fixture() {}

  static List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    // a week in a row across the change of clocks; the last one just after midnight
    runs.add(done("2026-10-22T07:30:00+02:00", "lower-back-basics", 766, 6, 4));
    runs.add(done("2026-10-23T07:30:00+02:00", "lower-back-basics", 800, 6, 3));
    runs.add(done("2026-10-24T07:30:00+02:00", "lower-back-basics", 700, 5, 3));
    runs.add(done("2026-10-25T07:30:00+01:00", "lower-back-basics", 760, 5, 3));
    runs.add(done("2026-10-26T07:30:00+01:00", "lower-back-basics", 750, 5, -1));
    runs.add(done("2026-10-27T23:50:00+01:00", "desk-break", 290, -1, -1));
    runs.add(done("2026-10-28T00:10:00+01:00", "desk-break", 310, -1, -1));
    runs.add(
        ended("2026-10-29T07:30:00+01:00", "lower-back-basics", RunOutcome.QUIT, 200, 3, 4, -1));
    // the flight west: three local days in a row, though not in UTC
    runs.add(done("2026-11-09T22:30:00+01:00", "lower-back-basics", 770, 5, 3));
    runs.add(done("2026-11-10T19:00:00-05:00", "lower-back-basics", 1900, 4, 2));
    runs.add(done("2026-11-11T07:00:00-05:00", "lower-back-basics", 780, 4, 2));
    runs.add(interrupted("2026-11-20T07:00:00-05:00", "lower-back-basics", 400, 5));
    runs.add(
        ended("2026-11-21T07:00:00-05:00", "desk-break", RunOutcome.DEVICE_LOST, 95, 2, -1, -1));
    // home again: the current streak runs over the end of November
    runs.add(done("2026-11-28T08:00:00+01:00", "lower-back-basics", 770, 4, 2));
    runs.add(done("2026-11-29T08:00:00+01:00", "lower-back-basics", 2400, 3, 2));
    runs.add(done("2026-11-30T08:00:00+01:00", "lower-back-basics", 765, 3, 1));
    runs.add(done("2026-12-01T08:00:00+01:00", "lower-back-basics", 766, 3, 1));
    runs.add(ended("2026-12-01T18:00:00+01:00", "desk-break", RunOutcome.STOPPED, 61, 1, -1, -1));
    return runs;
  }

  private static Run done(String at, String session, long seconds, int before, int after) {
    return run(at, session, Optional.of(RunOutcome.COMPLETED), seconds, 8, 8, before, after);
  }

  private static Run ended(
      String at,
      String session,
      RunOutcome outcome,
      long seconds,
      int step,
      int before,
      int after) {
    return run(at, session, Optional.of(outcome), seconds, step, step - 1, before, after);
  }

  private static Run interrupted(String at, String session, long seconds, int step) {
    return run(at, session, Optional.empty(), seconds, step, -1, -1, -1);
  }

  private static Run run(
      String at,
      String session,
      Optional<RunOutcome> outcome,
      long seconds,
      int step,
      int completed,
      int before,
      int after) {
    OffsetDateTime start = OffsetDateTime.parse(at);
    Optional<OffsetDateTime> end = outcome.map(o -> start.plusSeconds(seconds));
    String title = session.equals("desk-break") ? "Desk break, \"quick\"" : "Lower back basics";
    return new Run(
        at.substring(0, 16).replaceAll("[^0-9]", "") + "-" + session,
        session,
        title,
        Runs.SHA,
        session.equals("desk-break") ? 5 : 8,
        Runs.SETTINGS,
        RunOrigin.PLAIN,
        start,
        rating(before),
        seconds,
        step,
        Optional.of(end.orElse(start.plusSeconds(seconds))),
        outcome,
        completed < 0 ? OptionalInt.empty() : OptionalInt.of(completed),
        outcome.isPresent() ? OptionalInt.of(0) : OptionalInt.empty(),
        end,
        rating(after));
  }

  private static OptionalInt rating(int r) {
    return r < 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }
}
