package dev.limber.history;

import java.time.Duration;

/** Records nothing. */
enum NoRunLog implements RunLog {
  INSTANCE;

  @Override
  public void start(RunStart start) {}

  @Override
  public void progress(String runId, RunProgress progress) {}

  @Override
  public void end(String runId, RunEnd end) {}

  @Override
  public void painAfter(String runId, int pain) {}

  @Override
  public boolean flush(Duration timeout) {
    return true;
  }

  @Override
  public void close() {}
}
