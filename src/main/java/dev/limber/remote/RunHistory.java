package dev.limber.remote;

import java.util.List;

/** The completion log as the remote reads it: {@code GET /api/history}. Read only. */
@FunctionalInterface
public interface RunHistory {
  /** No log: an empty history. */
  RunHistory NONE = limit -> List.of();

  /**
   * The newest runs first, at most {@code limit} (1 to {@link #MAX_LIMIT}); each a record or map
   * that Jackson writes as a JSON object. May block briefly on the log; called on a server thread.
   */
  List<?> recent(int limit);

  /** The most runs one request may ask for. */
  int MAX_LIMIT = 500;
}
