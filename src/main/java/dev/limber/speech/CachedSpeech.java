package dev.limber.speech;

import dev.limber.audio.Pcm;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Speech through a cache in memory and on disk. The engine behind it starts only when a clip is
 * missing, so a warm run never pays for loading the voice.
 */
public final class CachedSpeech implements Speech {
  /** Bump when synthesis or post-processing changes, so old clips are not reused. */
  static final int FORMAT = 7;

  private final Supplier<Speech> engine;
  private final String voiceName;
  private final ClipCache disk;
  private final Map<String, Pcm> memory = new ConcurrentHashMap<>();
  private Speech started;
  private int synthesized;

  public CachedSpeech(String voiceName, Supplier<Speech> engine, ClipCache disk) {
    this.voiceName = voiceName;
    this.engine = engine;
    this.disk = disk;
  }

  @Override
  public Pcm synthesize(String text, VoiceSettings voice) {
    String key =
        FORMAT
            + "|"
            + voiceName
            + "|"
            + voice.rate()
            + "|"
            + voice.pitch()
            + "|"
            + TextNormalizer.normalize(text);
    return memory.computeIfAbsent(
        key,
        k ->
            disk.get(k)
                .orElseGet(
                    () -> {
                      Pcm pcm = engine().synthesize(text, voice);
                      disk.put(k, pcm);
                      return pcm;
                    }));
  }

  /** How many clips had to be synthesized rather than read from the cache. */
  public synchronized int synthesizedCount() {
    return synthesized;
  }

  private synchronized Speech engine() {
    synthesized++;
    if (started == null) {
      started = engine.get();
    }
    return started;
  }

  @Override
  public synchronized void close() {
    if (started != null) {
      started.close();
    }
  }
}
