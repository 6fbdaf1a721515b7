package dev.limber.remote;

/**
 * A request refused: the status and a one-line reason for the client. Caught at the route table.
 */
final class HttpFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  HttpFailure(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
