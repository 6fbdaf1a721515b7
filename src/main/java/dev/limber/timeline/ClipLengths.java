package dev.limber.timeline;

/**
 * How long each clip lasts, in frames at the timeline's sample rate; the compiler never
 * synthesizes.
 */
public interface ClipLengths {

  /** Frames of {@code text} spoken at {@code rate} words a minute. */
  long speechFrames(String text, int rate);

  /** Frames of the sound file {@code name} from the audio folder, such as {@code chime.wav}. */
  long soundFrames(String name);
}
