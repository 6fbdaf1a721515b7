package dev.limber.cli;

/** Exit statuses, following BSD sysexits. */
public final class Exit {
  public static final int OK = 0;
  public static final int USAGE = 64;
  public static final int DATA = 65;
  public static final int NO_INPUT = 66;
  public static final int SOFTWARE = 70;
  public static final int UNAVAILABLE = 69;
  public static final int IO = 74;
  public static final int STOPPED = 130;

  private Exit() {}
}
