package org.litgraph.api.http;

/** An error to report to the client with an HTTP status and a message it can act on. */
public class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }
}
