package dev.limber.listen;

/**
 * One command the recognizer heard, with the frames (16 kHz, on the clock of the audio it was fed)
 * where its words start and end.
 */
public record Heard(VoiceCommand command, long start, long end) {
  public Heard {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /**
   * The shortest command taken for one: 0.55 s from the start of "limber" to the end of the
   * command. The false commands first found in running speech were fragments of 0.47 to 0.63 s, so
   * this was 0.65 s; since a command also needs quiet before it ({@link #QUIET_BEFORE}), those
   * fragments are gone at 0.4 s already (no more false commands at 0.55 s than at 0.65 s in 113
   * minutes of other speech), while quick speakers say commands of 0.59 to 0.64 s (espeak-ng's
   * en-gb voices) that 0.65 s threw away.
   */
  static final long SHORTEST = Listening.SAMPLE_RATE * 55 / 100;

  /**
   * The quiet a command needs before it: 0.6 s with no speech heard. Commands are said on their
   * own; in running speech (a radio, a conversation) the pauses between phrases are shorter, and
   * that is where the false commands measured on other speech were (0.10 to 0.26 s after the speech
   * before them).
   */
  static final long QUIET_BEFORE = Listening.SAMPLE_RATE * 6 / 10;

  /** Whether a command that starts {@code quiet} frames after the last speech heard counts. */
  public static boolean afterQuiet(long quiet) {
    return quiet >= QUIET_BEFORE;
  }

  /**
   * The longest pause between the wake word and the command: 0.4 s, the quiet that ends a command
   * ({@code endSilence} in {@code sphinx.xml}). Synthetic voices saying "Limber, pause" with a
   * comma pause up to 0.32 s; a longer stretch inside one utterance is not quiet but other sound
   * the recognizer laid the grammar's silence over, and that is where most false commands measured
   * on other speech were (0.48 to 1.09 s between the two words).
   */
  static final long LONGEST_GAP = Listening.SAMPLE_RATE * 4 / 10;

  /** Whether a wake word and a command {@code gap} frames apart were said as one command. */
  public static boolean joined(long gap) {
    return gap <= LONGEST_GAP;
  }

  /**
   * The longest: 2 s. A longer recognition is speech that the grammar was stretched over, such as
   * one found in a session's own breathing cue (4.3 s).
   */
  static final long LONGEST = 2L * Listening.SAMPLE_RATE;

  /**
   * Whether it lasts as long as a command said on its own: not a fragment of running speech, nor a
   * stretch of speech the grammar was laid over.
   */
  public boolean longEnough() {
    return end - start >= SHORTEST && end - start <= LONGEST;
  }

  /** Seconds from the start of the audio to the end of the words. */
  public double endSeconds() {
    return end / (double) Listening.SAMPLE_RATE;
  }
}
