package dev.limber.ui;

import dev.limber.engine.EngineState;
import dev.limber.engine.KeyTable;
import dev.limber.engine.ListeningSwitch;
import dev.limber.text.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The screen while a session plays, drawn from the engine's state alone: the title and a progress
 * bar, the step, the seconds left in large block digits, side, set and repetition, the breathing
 * bar, the caption, the next step and the keys, and whether voice commands are listening. What does
 * not fit a small terminal is left out, least needed first.
 */
final class PlayingScreen {
  /** The largest digits: 13 rows, "600" 55 columns wide. */
  private static final int MAX_SCALE = 5;

  private PlayingScreen() {}

  /** One band of rows: drawn from its first row, dropped before any band of higher priority. */
  private record Band(int height, int priority, IntConsumer draw) {}

  /**
   * Draws {@code s}; {@code breathFill} is how full the breathing bar is, from 0 (empty) to 1
   * (full); {@code voice} is whether voice commands listen, as the voice face tells it.
   */
  static void draw(Canvas c, EngineState s, double breathFill, ListeningSwitch.Status voice) {
    // the largest digits with which everything fits, down to the smallest with what fits
    for (int scale = MAX_SCALE; scale > 1; scale--) {
      List<Band> bands = bands(c, s, breathFill, scale, voice);
      if (bands.stream().mapToInt(Band::height).sum() <= c.rows() - 1
          && BlockFont.width(Integer.toString(s.secondsLeft()), scale) <= c.columns()) {
        layOut(c, bands, voice);
        return;
      }
    }
    layOut(c, bands(c, s, breathFill, 1, voice), voice);
  }

  private static List<Band> bands(
      Canvas c, EngineState s, double breathFill, int scale, ListeningSwitch.Status voice) {
    List<Band> bands = new ArrayList<>();
    int columns = c.columns();
    bands.add(new Band(1, 10, row -> title(c, row, s)));
    bands.add(new Band(1, 8, row -> progress(c, row, s)));
    if (s.captionsOnly()) {
      bands.add(noSound(c));
    }
    // asked for and not to be had: said where the eye goes, as the voice cannot say it again
    if (voice.state() == ListeningSwitch.State.UNAVAILABLE && !voice.why().isBlank()) {
      bands.add(
          new Band(
              1, 8, row -> c.text(row, 0, "Voice commands off: " + voice.why(), Theme.Role.ALERT)));
    }
    if (s.status() == EngineState.Status.PAUSED) {
      bands.add(new Band(1, 10, row -> c.banner(row, "PAUSED, space to resume", Theme.Role.ALERT)));
    }
    bands.add(new Band(1, 10, row -> c.text(row, 0, stepLine(s), Theme.Role.STRONG)));
    String detail = detail(s);
    if (!detail.isEmpty()) {
      bands.add(new Band(1, 7, row -> c.text(row, 0, detail, Theme.Role.NORMAL)));
    }
    if (s.status() != EngineState.Status.LOADING) {
      bands.add(new Band(1, 1, row -> {}));
      String digits = Integer.toString(s.secondsLeft());
      bands.add(
          new Band(
              BlockFont.height(scale),
              9,
              row -> {
                List<String> lines = BlockFont.render(digits, scale);
                for (int i = 0; i < lines.size(); i++) {
                  c.centred(row + i, lines.get(i), Theme.Role.DIGITS);
                }
              }));
      bands.add(
          new Band(
              1,
              3,
              row ->
                  c.centred(
                      row,
                      s.secondsLeft() == 1 ? "second left" : "seconds left",
                      Theme.Role.NORMAL)));
    }
    if (s.breath() != EngineState.Breath.NONE) {
      bands.add(new Band(1, 5, row -> breath(c, row, s.breath(), breathFill)));
    }
    List<String> caption =
        s.caption().isBlank()
            ? List.of()
            : Canvas.wrap("\u201c" + s.caption() + "\u201d", columns, c.rows() >= 20 ? 2 : 1);
    if (!caption.isEmpty()) {
      bands.add(
          new Band(
              caption.size(),
              s.captionsOnly() ? 9 : 6,
              row -> {
                for (int i = 0; i < caption.size(); i++) {
                  c.text(row + i, 0, caption.get(i), Theme.Role.NORMAL);
                }
              }));
    }
    if (!s.nextStep().isEmpty()) {
      bands.add(new Band(1, 4, row -> c.text(row, 0, "Next: " + s.nextStep(), Theme.Role.NORMAL)));
    }
    return bands;
  }

  /**
   * Draws the bands top down in the rows above the key line, leaving out the least needed until
   * they fit.
   */
  private static void layOut(Canvas c, List<Band> bands, ListeningSwitch.Status voice) {
    List<Band> kept = new ArrayList<>(bands);
    int room = c.rows() - 1;
    while (!kept.isEmpty() && kept.stream().mapToInt(Band::height).sum() > room) {
      Band least =
          kept.stream().min((a, b) -> Integer.compare(a.priority(), b.priority())).orElseThrow();
      // the last of the least needed goes first: a trailing line before a leading one
      for (int i = kept.size() - 1; i >= 0; i--) {
        if (kept.get(i).priority() == least.priority()) {
          kept.remove(i);
          break;
        }
      }
    }
    int row = 0;
    for (Band band : kept) {
      band.draw().accept(row);
      row += band.height();
    }
    int bottom = c.rows() - 1;
    if (voice.state() == ListeningSwitch.State.ON) {
      // on the key line, which every size keeps, in words and brighter than the keys
      c.text(bottom, 0, LISTENING, Theme.Role.STRONG);
      c.text(bottom, LISTENING.length(), keys(c.columns() - LISTENING.length()), Theme.Role.DIM);
    } else {
      c.text(bottom, 0, keys(c.columns()), Theme.Role.DIM);
    }
  }

  /** What the key line starts with while voice commands listen. */
  static final String LISTENING = "Listening. ";

  private static void title(Canvas c, int row, EngineState s) {
    String left = Durations.inWords(s.secondsLeftInSession()) + " left";
    String shown =
        s.title().length() + left.length() + 2 <= c.columns()
            ? left
            : Durations.asClock(s.secondsLeftInSession()) + " left";
    c.text(row, 0, s.title(), Theme.Role.STRONG);
    c.right(row, shown, Theme.Role.NORMAL);
  }

  private static void progress(Canvas c, int row, EngineState s) {
    String percent = String.format(" %3d%%", Math.round(s.progress() * 100));
    c.text(
        row,
        0,
        Canvas.bar(s.progress(), Math.max(1, c.columns() - percent.length())) + percent,
        Theme.Role.NORMAL);
  }

  /** The warning that the voice cannot give: large letters where there is room. */
  private static Band noSound(Canvas c) {
    if (c.rows() < 16 || c.columns() < BlockFont.width("NO SOUND", 1)) {
      return new Band(1, 10, row -> c.banner(row, "NO SOUND: captions only", Theme.Role.ALERT));
    }
    List<String> big = BlockFont.render("NO SOUND", 1);
    return new Band(
        big.size() + 1,
        10,
        row -> {
          for (int i = 0; i < big.size(); i++) {
            c.centred(row + i, big.get(i), Theme.Role.ALERT);
          }
          c.centred(row + big.size(), "NO SOUND: captions only", Theme.Role.ALERT);
        });
  }

  static String stepLine(EngineState s) {
    if (s.status() == EngineState.Status.LOADING) {
      return "Getting ready...";
    }
    if (s.step() == 0) {
      return switch (s.phase()) {
        case OUTRO -> "The end";
        default -> "Introduction";
      };
    }
    return "Step " + s.step() + " of " + s.steps() + ": " + s.stepName();
  }

  /** "Hold, left side, set 1 of 2, repetition 3 of 10". */
  static String detail(EngineState s) {
    if (s.step() == 0 || s.status() == EngineState.Status.LOADING) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    String phase = s.phase().label();
    parts.add(Character.toUpperCase(phase.charAt(0)) + phase.substring(1));
    if (s.side() != EngineState.Side.NONE) {
      parts.add(s.side() == EngineState.Side.LEFT ? "left side" : "right side");
    }
    if (s.sets() > 1) {
      parts.add("set " + s.set() + " of " + s.sets());
    }
    if (s.reps() > 0 && s.rep() > 0) {
      parts.add("repetition " + s.rep() + " of " + s.reps());
    }
    return String.join(", ", parts);
  }

  private static void breath(Canvas c, int row, EngineState.Breath breath, double fill) {
    String label =
        switch (breath) {
          case IN -> "Breathe in  ";
          case HOLD -> "Hold        ";
          case OUT -> "Breathe out ";
          case NONE -> "";
        };
    c.text(
        row,
        0,
        label + Canvas.bar(fill, Math.max(1, c.columns() - label.length())),
        Theme.Role.NORMAL);
  }

  /**
   * The keys on one line, from the key table: as many as fit in table order, always with help and
   * quit, so that the rest can be heard with "?".
   */
  static String keys(int columns) {
    List<KeyTable.Binding> all = KeyTable.bindings();
    String full = KeyTable.oneLine();
    if (full.length() <= columns) {
      return full;
    }
    List<KeyTable.Binding> must =
        all.stream().filter(b -> b.keys().contains("?") || b.keys().contains("q")).toList();
    List<KeyTable.Binding> shown = new ArrayList<>();
    for (KeyTable.Binding b : all) {
      if (must.contains(b)) {
        continue;
      }
      List<KeyTable.Binding> tried = new ArrayList<>(shown);
      tried.add(b);
      if (line(tried, must).length() > columns) {
        break;
      }
      shown = tried;
    }
    return line(shown, must);
  }

  private static String line(List<KeyTable.Binding> first, List<KeyTable.Binding> last) {
    List<String> words = new ArrayList<>();
    first.forEach(b -> words.add(b.shown() + " " + b.words()));
    last.forEach(b -> words.add(b.shown() + " " + b.words()));
    return "Keys: " + String.join(", ", words) + ".";
  }
}
