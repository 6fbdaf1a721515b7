package dev.limber.ui;

import dev.limber.audio.AudioSink;
import dev.limber.audio.Pcm;
import dev.limber.engine.Mixer;
import dev.limber.playback.DeviceOpener;
import dev.limber.playback.OpenedDevice;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Voice} on the sound card, with the session's voice settings: phrases are synthesized and
 * played on a thread of their own, block by block, so a new phrase cuts the old one within a block.
 * Holds the card only between runs: it is closed before a session opens it.
 */
public final class CardVoice implements Voice {
  private final Speech speech;
  private final VoiceSettings settings;
  private final Optional<AudioSink> sink;
  private final AtomicLong latest = new AtomicLong();
  private final ExecutorService speaker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "limber-menu-voice");
            t.setDaemon(true);
            return t;
          });

  private CardVoice(Speech speech, VoiceSettings settings, Optional<AudioSink> sink) {
    this.speech = speech;
    this.settings = settings;
    this.sink = sink;
  }

  /** Opens the card named (or the default one); with none, the voice is silent and says so. */
  public static CardVoice open(
      Speech speech, DeviceOpener devices, Optional<String> device, VoiceSettings settings) {
    OpenedDevice opened = devices.open(device);
    return new CardVoice(speech, settings, opened.sink());
  }

  @Override
  public void say(String words) {
    long mine = latest.incrementAndGet();
    if (sink.isEmpty()) {
      return;
    }
    speaker.execute(
        () -> {
          if (latest.get() != mine) {
            return;
          }
          try {
            Pcm pcm = speech.synthesize(words, settings).scaled(settings.volume());
            short[] block = new short[Mixer.BLOCK];
            for (int at = 0; at < pcm.frames() && latest.get() == mine; at += block.length) {
              int n = Math.min(block.length, pcm.frames() - at);
              System.arraycopy(pcm.samples(), at, block, 0, n);
              sink.get().write(block, n);
            }
          } catch (IOException | RuntimeException e) {
            // the menu's voice is a help, not the session: the screen still shows everything
          }
        });
  }

  @Override
  public boolean silent() {
    return sink.isEmpty();
  }

  @Override
  public void close() {
    latest.incrementAndGet();
    speaker.shutdown();
    try {
      speaker.awaitTermination(2, TimeUnit.SECONDS);
      if (sink.isPresent()) {
        sink.get().close();
      }
    } catch (IOException e) {
      // nothing of a session was played on it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
