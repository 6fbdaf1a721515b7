package dev.limber.history;

import java.util.List;

/**
 * The database's tables, as numbered migrations: migration {@code n} (counted from 1) takes a
 * database from {@code PRAGMA user_version} n-1 to n. Migrations only ever add; docs/history.md
 * describes the result for people who open the file with sqlite3.
 */
final class Schema {
  private Schema() {}

  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              """
          CREATE TABLE runs (
            id              TEXT PRIMARY KEY NOT NULL,
            session_id      TEXT NOT NULL,
            title           TEXT NOT NULL,
            session_sha256  TEXT NOT NULL,
            steps           INTEGER NOT NULL CHECK (steps >= 0),
            rate_wpm        INTEGER NOT NULL,
            pitch_hz        INTEGER NOT NULL,
            volume          REAL NOT NULL,
            count_mode      TEXT NOT NULL,
            breathing       INTEGER NOT NULL CHECK (breathing IN (0, 1)),
            origin          TEXT NOT NULL CHECK (origin IN ('terminal', 'plain', 'headless', 'remote')),
            started_at      TEXT NOT NULL,
            pain_before     INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            seconds_played  INTEGER NOT NULL DEFAULT 0 CHECK (seconds_played >= 0),
            step_reached    INTEGER NOT NULL DEFAULT 0 CHECK (step_reached >= 0),
            updated_at      TEXT,
            outcome         TEXT CHECK (outcome IN ('completed', 'quit', 'stopped', 'device-lost', 'failed')),
            steps_completed INTEGER CHECK (steps_completed >= 0),
            steps_skipped   INTEGER CHECK (steps_skipped >= 0),
            ended_at        TEXT,
            pain_after      INTEGER CHECK (pain_after BETWEEN 0 AND 10)
          )""",
              "CREATE INDEX runs_by_session ON runs (session_id)"));

  /** The {@code user_version} this Limber writes and reads. */
  static final int VERSION = MIGRATIONS.size();
}
