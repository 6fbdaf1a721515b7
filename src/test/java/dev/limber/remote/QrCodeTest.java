package dev.limber.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The QR code in the terminal reads back as the URL, the way a phone's camera would read it. */
class QrCodeTest {
  private static final String URL =
      "http://192.168.1.20:7750/#token=0123456789abcdef0123456789abcdef";

  @Test
  void theDrawnCodeDecodesToTheUrl() throws Exception {
    List<String> lines = QrCode.draw(URL).lines().toList();
    int width = lines.get(0).length();
    int scale = 4;
    int[] pixels = new int[width * lines.size() * 2 * scale * scale];
    int pixelWidth = width * scale;
    for (int row = 0; row < lines.size(); row++) {
      for (int x = 0; x < width; x++) {
        char c = lines.get(row).charAt(x);
        // a block character is lit (light), a space is dark, as on a terminal with light text on
        // dark
        boolean topLight = c == '\u2588' || c == '\u2580';
        boolean bottomLight = c == '\u2588' || c == '\u2584';
        paint(pixels, pixelWidth, x, row * 2, scale, topLight);
        paint(pixels, pixelWidth, x, row * 2 + 1, scale, bottomLight);
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(pixelWidth, lines.size() * 2 * scale, pixels)));

    assertThat(lines).allMatch(l -> l.length() == width);
    assertThat(
            new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText())
        .isEqualTo(URL);
  }

  private static void paint(int[] pixels, int pixelWidth, int x, int y, int scale, boolean light) {
    for (int dy = 0; dy < scale; dy++) {
      for (int dx = 0; dx < scale; dx++) {
        pixels[(y * scale + dy) * pixelWidth + x * scale + dx] = light ? 0xFFFFFF : 0x000000;
      }
    }
  }
}
