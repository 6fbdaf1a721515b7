package dev.limber.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a session file into a {@link Session}, or a {@link SessionFormatException}
 * listing every fault with its line and column. Pure: the caller reads the file and says which
 * sounds exist.
 */
public final class SessionParser {
  /** Larger files are refused before parsing; the biggest valid session is far smaller. */
  public static final int MAX_BYTES = 1 << 20;

  private final List<String> sounds;

  /**
   * @param sounds the sounds of the {@code audio/} folder, by relative path such as {@code
   *     chime.wav}
   */
  public SessionParser(List<String> sounds) {
    this.sounds = List.copyOf(sounds);
  }

  /**
   * Parses a UTF-8 session file (a byte order mark is allowed); {@code source} names it in errors.
   */
  public Session parse(byte[] bytes, String source) throws SessionFormatException {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source, bytes.length);
    }
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
            || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
      throw single(
          source, 1, 1, "the file must be UTF-8 text; this one is UTF-16 (save it again as UTF-8)");
    }
    return parse(decode(bytes, source), source);
  }

  /** Parses session text; {@code source} names it in errors. */
  public Session parse(String text, String source) throws SessionFormatException {
    JsonValue root = JsonTreeParser.parse(text, source);
    return new SessionReader(text, source, sounds).read(root);
  }

  private static String decode(byte[] bytes, String source) throws SessionFormatException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // the decoder stops with `in` positioned on the first byte it could not decode
      String before = out.flip().toString();
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - before.lastIndexOf('\n');
      int bad = Math.min(in.position(), bytes.length - 1);
      throw single(
          source,
          line,
          column,
          String.format("the file must be UTF-8 text, found the byte 0x%02X", bytes[bad] & 0xff));
    }
    return out.flip().toString();
  }

  /** The fault of a file over {@link #MAX_BYTES}, found before reading it whole. */
  public static SessionFormatException tooLarge(String source, long bytes) {
    return single(
        source,
        1,
        1,
        "the file is "
            + bytes
            + " bytes; a session file may have at most "
            + MAX_BYTES
            + " bytes (1 MiB)");
  }

  /** The fault of an input found to go on past {@link #MAX_BYTES}; reading stopped there. */
  public static SessionFormatException tooLarge(String source) {
    return single(
        source,
        1,
        1,
        "the input goes on past "
            + MAX_BYTES
            + " bytes; a session file may have at most "
            + MAX_BYTES
            + " bytes (1 MiB)");
  }

  private static SessionFormatException single(
      String source, int line, int column, String message) {
    return new SessionFormatException(
        List.of(new Problem(source, line, column, PathNames.ROOT, message)));
  }
}
