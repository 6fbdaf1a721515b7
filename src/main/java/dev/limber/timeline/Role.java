package dev.limber.timeline;

/** What a spoken or sounded event is for; plain mode and the timeline file use it. */
public enum Role {
  TITLE,
  INTRO,
  NAME,
  INSTRUCTION,
  SIDE,
  SET,
  PREPARE,
  LEAD_IN,
  COUNT,
  MARK,
  CUE,
  BREATH,
  REP,
  RELEASE,
  REST,
  PREVIEW,
  OUTRO,
  CHIME,
  STEP_SOUND,
  BELL;

  /** Roles spoken every second or every breath: shown in plain mode only with --verbose. */
  public boolean frequent() {
    return this == COUNT || this == BREATH || this == REP;
  }
}
