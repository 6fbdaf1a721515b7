package dev.limber.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The remote page, its script and its style, from the jar: public files that hold no secret. */
final class Page {
  private Page() {}

  static Routes.Handler file(String name, String type) {
    byte[] bytes = read("/limber/remote/" + name);
    return request -> new Reply.Full(200, type, bytes, Map.of());
  }

  private static byte[] read(String resource) {
    try (InputStream in = Page.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
