package dev.limber.speech;

import dev.limber.audio.Leveler;
import dev.limber.audio.Pcm;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech phrased the way a calm speaker reads: FreeTTS ignores markup and barely pauses at a comma,
 * so a phrase is split after each comma, colon or semicolon, every part is said on its own (through
 * the lexicon's respellings) and the parts are joined with a clear pause. Put it under the
 * levelling and the cache, so a whole phrase is levelled and kept.
 */
public final class PhrasedSpeech implements Speech {
  /** The pause at a comma or semicolon: 0.35 s. */
  static final int COMMA_PAUSE = (int) Pcm.frames(0.35);

  /** The pause after a colon, as in "Next: Bridge.": 0.3 s. */
  static final int COLON_PAUSE = (int) Pcm.frames(0.3);

  private static final Pattern BREAK = Pattern.compile("(?<=[,;:])\\s+(?=\\S)");

  private final Speech voice;
  private final Lexicon lexicon;

  public PhrasedSpeech(Speech voice, Lexicon lexicon) {
    this.voice = voice;
    this.lexicon = lexicon;
  }

  @Override
  public Pcm synthesize(String text, VoiceSettings settings) {
    List<String> parts = parts(text);
    if (parts.size() == 1) {
      return voice.synthesize(lexicon.respell(parts.get(0)), settings);
    }
    List<short[]> clips = new ArrayList<>();
    int total = 0;
    for (String part : parts) {
      // each part stops and starts at a pause of digital zero, and a step from zero there is a
      // tick as audible as one at a clip's edge, so every part gets the clip's soft edges
      short[] clip = Leveler.faded(voice.synthesize(lexicon.respell(part), settings)).samples();
      clips.add(clip);
      total += clip.length;
    }
    short[] out = new short[total + pauses(parts)];
    int at = 0;
    for (int i = 0; i < clips.size(); i++) {
      System.arraycopy(clips.get(i), 0, out, at, clips.get(i).length);
      at += clips.get(i).length + (i + 1 < parts.size() ? pauseAfter(parts.get(i)) : 0);
    }
    return new Pcm(out);
  }

  /**
   * The parts {@code text} is said in, each keeping its punctuation so the voice's intonation
   * follows it.
   */
  static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = BREAK.matcher(text.trim());
    int from = 0;
    String s = text.trim();
    while (m.find()) {
      // a comma inside a number ("1,000") has no space after it and never splits
      parts.add(s.substring(from, m.start()));
      from = m.end();
    }
    parts.add(s.substring(from));
    return parts;
  }

  private static int pauses(List<String> parts) {
    int sum = 0;
    for (int i = 0; i + 1 < parts.size(); i++) {
      sum += pauseAfter(parts.get(i));
    }
    return sum;
  }

  private static int pauseAfter(String part) {
    return part.endsWith(":") ? COLON_PAUSE : COMMA_PAUSE;
  }

  @Override
  public void close() {
    voice.close();
  }
}
