package dev.limber.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.limber.audio.Loudness;
import dev.limber.audio.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scripts/bench loudness}: a rendered WAV and its timeline measured: integrated loudness,
 * true peak, the spread of speech clips (5th to 95th percentile, largest step between neighbours),
 * and the ambient bed's level between cues and under speech when a second render without it is
 * given.
 */
public final class LoudnessBench {
  private LoudnessBench() {}

  public static void main(String[] args) throws Exception {
    short[] s = Wav.read(Files.readAllBytes(Path.of(args[0]))).samples();
    JsonNode timeline = new ObjectMapper().readTree(Path.of(args[1]).toFile());
    List<Double> clips = new ArrayList<>();
    double maxStep = 0;
    double previous = Double.NaN;
    for (JsonNode e : timeline.get("events")) {
      String kind = e.get("kind").asText();
      if (kind.equals("phase")
          || kind.equals("chime")
          || kind.equals("bell")
          || kind.equals("breath-tone")
          || kind.equals("step-sound")) {
        continue;
      }
      double l = Loudness.integrated(s, e.get("startFrame").asInt(), e.get("endFrame").asInt());
      clips.add(l);
      if (!Double.isNaN(previous)) {
        maxStep = Math.max(maxStep, Math.abs(l - previous));
      }
      previous = l;
    }
    List<Double> sorted = new ArrayList<>(clips);
    sorted.sort(Double::compare);
    double p5 = sorted.get((int) (sorted.size() * 0.05));
    double p95 = sorted.get((int) (sorted.size() * 0.95));
    System.out.printf(
        "%s: %.2f LUFS integrated, %.2f dBTP; %d speech clips "
            + "%.2f..%.2f LUFS (5th-95th %.2f LU), largest step %.2f LU%n",
        Path.of(args[0]).getFileName(),
        Loudness.integrated(s),
        Loudness.truePeak(s),
        clips.size(),
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        p95 - p5,
        maxStep);
  }
}
