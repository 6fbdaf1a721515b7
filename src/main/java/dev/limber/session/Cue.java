package dev.limber.session;

/** A tip spoken at a whole second within a hold. */
public record Cue(int at, String say) {
  public Cue {
    Limits.check(at, 1, Limits.HOLD_MAX - 1, "cue second");
    Limits.checkText(say, Limits.SPOKEN_MAX, "cue");
  }
}
