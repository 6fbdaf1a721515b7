package dev.limber.engine;

import dev.limber.audio.Pcm;
import dev.limber.speech.Speech;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.ClipLengths;
import dev.limber.timeline.Event;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Every clip a session needs. As the timeline compiler asks for clip lengths, each phrase is
 * synthesized (through the cache) and kept, so when compiling is done every clip is ready before
 * playback starts and no cue can be late for synthesis.
 */
public final class ClipLibrary implements ClipLengths, Clips {
  private final Speech speech;
  private final VoiceSettings voice;
  private final Function<String, Pcm> sounds;
  private final Map<String, Pcm> speechClips = new HashMap<>();
  private final Map<String, Pcm> soundClips = new HashMap<>();

  /**
   * @param sounds loads a sound of the audio folder by name, such as {@code chime.wav}
   */
  public ClipLibrary(Speech speech, VoiceSettings voice, Function<String, Pcm> sounds) {
    this.speech = speech;
    this.voice = voice;
    this.sounds = sounds;
  }

  @Override
  public synchronized long speechFrames(String text, int rate) {
    return speech(text, rate).frames();
  }

  @Override
  public synchronized long soundFrames(String name) {
    return sound(name).frames();
  }

  @Override
  public synchronized Pcm of(Event audible) {
    if (audible instanceof Event.Say say) {
      return speech(say.text(), say.rate());
    }
    if (audible instanceof Event.Sound sound) {
      return sound(sound.name());
    }
    throw new IllegalArgumentException("not audible: " + audible);
  }

  /** The clip of {@code text} at {@code rate}, synthesized (through the cache) on first use. */
  public synchronized Pcm speech(String text, int rate) {
    return speechClips.computeIfAbsent(
        rate + "\u0000" + text, k -> speech.synthesize(text, voice.withRate(rate)));
  }

  private Pcm sound(String name) {
    return soundClips.computeIfAbsent(name, sounds);
  }
}
