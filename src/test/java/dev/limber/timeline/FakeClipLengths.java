package dev.limber.timeline;

import java.util.HashMap;
import java.util.Map;

/**
 * Clip lengths without a voice: 60 ms a character at 135 words a minute, shorter at faster rates,
 * with chosen phrases overridden; sounds last what the bundled ones last, roughly.
 */
final class FakeClipLengths implements ClipLengths {
  private final Map<String, Long> overrides = new HashMap<>();

  FakeClipLengths with(String text, int rate, double seconds) {
    overrides.put(rate + "|" + text, Math.round(seconds * Timeline.SAMPLE_RATE));
    return this;
  }

  @Override
  public long speechFrames(String text, int rate) {
    Long fixed = overrides.get(rate + "|" + text);
    return fixed != null
        ? fixed
        : Math.round(text.length() * 0.06 * Timeline.SAMPLE_RATE * 135 / rate);
  }

  @Override
  public long soundFrames(String name) {
    return switch (name) {
      case SoundNames.BELL -> 41_600;
      case SoundNames.CHIME -> 20_480;
      case SoundNames.BREATH_OUT -> 11_200;
      default -> 8_800;
    };
  }
}
