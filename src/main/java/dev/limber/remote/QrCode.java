package dev.limber.remote;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn with half-block characters, two rows of modules to a line, dark on light with the
 * quiet zone around it, so a phone's camera reads it off a dark or a light terminal.
 */
public final class QrCode {
  private static final int QUIET = 4; // modules of light border, as the standard asks

  private QrCode() {}

  /** The lines of the code for {@code text}, each ending in a newline. */
  public static String draw(String text) {
    BitMatrix matrix = matrix(text);
    int size = matrix.getWidth();
    StringBuilder out = new StringBuilder();
    for (int y = -QUIET; y < size + QUIET; y += 2) {
      for (int x = -QUIET; x < size + QUIET; x++) {
        boolean top = dark(matrix, x, y);
        boolean bottom = dark(matrix, x, y + 1);
        // light modules are drawn, dark ones left as spaces reversed: block characters draw light
        out.append(top ? (bottom ? ' ' : '\u2584') : (bottom ? '\u2580' : '\u2588'));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The modules of the code: true is dark. */
  static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.L,
                  EncodeHintType.MARGIN,
                  0));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot draw a QR code of " + text.length() + " characters", e);
    }
  }

  private static boolean dark(BitMatrix matrix, int x, int y) {
    return x >= 0 && y >= 0 && x < matrix.getWidth() && y < matrix.getHeight() && matrix.get(x, y);
  }
}
