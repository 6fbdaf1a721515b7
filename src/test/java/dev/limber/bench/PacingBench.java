package dev.limber.bench;

import dev.limber.audio.Loudness;
import dev.limber.audio.Pcm;
import dev.limber.speech.FreeTtsSpeech;
import dev.limber.speech.Lexicon;
import dev.limber.speech.NormalizedSpeech;
import dev.limber.speech.PhrasedSpeech;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibrates {@link dev.limber.speech.SpeakingRate}: the measured speaking rate (words over voiced
 * time) and the loudness spread of phrases, one phrase a line in each file given, at the rates
 * given.
 */
public final class PacingBench {
  private PacingBench() {}

  public static void main(String[] args) throws Exception {
    List<Integer> rates = new ArrayList<>();
    for (String r : args[0].split(",")) {
      rates.add(Integer.parseInt(r));
    }
    Lexicon lexicon = Lexicon.bundledWith(null, w -> {});
    try (Speech speech =
        new NormalizedSpeech(new PhrasedSpeech(FreeTtsSpeech.start(lexicon), lexicon))) {
      for (int a = 1; a < args.length; a++) {
        List<String> lines =
            Files.readAllLines(Path.of(args[a])).stream().filter(l -> !l.isBlank()).toList();
        for (int rate : rates) {
          long frames = 0;
          int words = 0;
          List<Double> lufs = new ArrayList<>();
          for (String line : lines) {
            Pcm pcm = speech.synthesize(line, VoiceSettings.DEFAULT.withRate(rate));
            frames += pcm.frames();
            words += line.trim().split("\\s+").length;
            lufs.add(Loudness.integrated(pcm.samples()));
          }
          lufs.sort(Double::compare);
          System.out.printf(
              "%s at %d: %d phrases, %d words, %.1f s voiced, %.1f wpm; clip loudness %.2f..%.2f LUFS%n",
              Path.of(args[a]).getFileName(),
              rate,
              lines.size(),
              words,
              frames / 16000.0,
              words / (frames / 16000.0 / 60),
              lufs.get(0),
              lufs.get(lufs.size() - 1));
        }
      }
    }
  }
}
