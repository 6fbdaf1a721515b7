package dev.limber.playback;

import dev.limber.history.RunLog;
import dev.limber.history.RunOrigin;
import java.util.OptionalInt;

/**
 * How a run is recorded in the completion log.
 *
 * @param log the log, opened once by the process
 * @param runId the run's id in the log, from {@link dev.limber.history.RunStart#newId()}
 * @param origin which face started the run
 * @param source the bytes the session was read from; the log keeps their SHA-256
 * @param painBefore a rating from 0 to 10 given before the run, if any
 */
public record Recording(
    RunLog log, String runId, RunOrigin origin, byte[] source, OptionalInt painBefore) {}
