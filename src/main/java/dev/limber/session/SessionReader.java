package dev.limber.session;

import dev.limber.session.FieldReader.Faults;
import dev.limber.session.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a parsed JSON tree as a session, collecting every fault rather than stopping at the first.
 */
final class SessionReader {
  private static final List<String> TOP_FIELDS =
      List.of(
          "$schema",
          "format",
          "id",
          "title",
          "summary",
          "pace",
          "ambient",
          "intro",
          "outro",
          "defaults",
          "steps");
  private static final List<String> SETTING_FIELDS =
      List.of("hold", "rest", "prepare", "count", "breathing", "sides");
  private static final List<String> STEP_FIELDS =
      List.of(
          "name",
          "say",
          "hold",
          "reps",
          "tempo",
          "sets",
          "sides",
          "prepare",
          "rest",
          "count",
          "breathing",
          "cues",
          "sound");
  private static final String SECONDS = " of seconds";

  private final Faults faults;
  private final List<String> sounds;

  SessionReader(String text, String source, List<String> sounds) {
    this.faults = new Faults(source, text, new ArrayList<>());
    this.sounds = sounds;
  }

  /** The settings a step may take from {@code defaults}; empty where not given. */
  private record Settings(
      Optional<Integer> hold,
      Optional<Integer> rest,
      Optional<Integer> prepare,
      Optional<Count> count,
      Optional<Breathing> breathing,
      boolean breathingOff,
      Optional<Sides> sides) {
    static final Settings NONE =
        new Settings(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty());
  }

  Session read(JsonValue root) throws SessionFormatException {
    if (!(root instanceof JsonObject object)) {
      faults.add(
          root.position(),
          PathNames.ROOT,
          "a session must be a JSON object, found " + FieldReader.found(root));
      throw failure();
    }
    FieldReader top = new FieldReader(faults, object, PathNames.ROOT);
    top.rejectUnknown(TOP_FIELDS);
    top.requirePresent("format", "id", "title", "steps");
    top.member("format")
        .filter(
            m ->
                !(m.value() instanceof JsonValue.JsonNumber n
                    && n.text().equals(String.valueOf(Limits.FORMAT))))
        .ifPresent(
            m ->
                top.fault(
                    "format",
                    "must be "
                        + Limits.FORMAT
                        + " (this version of Limber reads format "
                        + Limits.FORMAT
                        + "), found "
                        + FieldReader.found(m.value())));
    top.text("$schema", 2000);
    Optional<String> id = top.text("id", 64);
    id.filter(s -> !s.matches(Limits.ID_PATTERN))
        .ifPresent(
            s ->
                top.fault(
                    "id",
                    "must be lowercase letters, digits and hyphens, "
                        + "starting with a letter or digit, found the string \""
                        + s
                        + "\""));
    Optional<String> title = top.text("title", Limits.TITLE_MAX);
    Optional<String> summary = top.text("summary", Limits.SUMMARY_MAX);
    Pace pace = top.choice("pace", Pace.values(), Pace::jsonName, "").orElse(Pace.CALM);
    Optional<Ambient> ambient = top.choice("ambient", Ambient.values(), Ambient::jsonName, "");
    List<String> intro = spokenLines(top, "intro");
    List<String> outro = spokenLines(top, "outro");
    Settings defaults =
        top.member("defaults")
            .flatMap(m -> top.object(m.value(), "defaults", "an object of step settings"))
            .map(
                d -> {
                  d.rejectUnknown(SETTING_FIELDS);
                  return settings(d);
                })
            .orElse(Settings.NONE);
    List<Step> steps =
        top.list("steps", 1, Limits.STEPS_MAX, "steps", (v, at) -> step(top, v, at, defaults));
    if (!faults.problems().isEmpty()) {
      throw failure();
    }
    Session session =
        new Session(
            id.orElseThrow(), title.orElseThrow(), summary, intro, outro, steps, pace, ambient);
    if (session.timedSeconds() > Limits.SESSION_SECONDS_MAX) {
      faults.add(
          object.position(),
          PathNames.ROOT,
          "a session may last at most 4 hours, found "
              + duration(session.timedSeconds())
              + " of holds, repetitions and rests");
      throw failure();
    }
    return session;
  }

  private List<String> spokenLines(FieldReader r, String key) {
    return r.list(
        key,
        min(key),
        Limits.LINES_MAX,
        "spoken lines",
        (v, at) -> r.text(v, at, Limits.SPOKEN_MAX));
  }

  /** Instructions may be left out; an intro or outro that is given has at least one line. */
  private static int min(String key) {
    return key.equals("say") ? 0 : 1;
  }

  private Settings settings(FieldReader r) {
    Optional<Breathing> breathing = Optional.empty();
    if (r.has("breathing") && !r.isFalse("breathing")) {
      breathing =
          r.member("breathing")
              .flatMap(
                  m ->
                      r.object(
                          m.value(),
                          r.pathOf("breathing"),
                          "an object {\"inhale\", \"hold\", \"exhale\"} or false"))
              .flatMap(this::breathing);
    }
    return new Settings(
        r.integer("hold", 1, Limits.HOLD_MAX, SECONDS),
        r.integer("rest", 0, Limits.REST_MAX, SECONDS),
        r.integer("prepare", 0, Limits.PREPARE_MAX, SECONDS),
        r.choice("count", Count.values(), Count::jsonName, ""),
        breathing,
        r.isFalse("breathing"),
        r.choice(
            "sides",
            Sides.values(),
            Sides::jsonName,
            "; \"both\" does the left side, then the right"));
  }

  private Optional<Breathing> breathing(FieldReader b) {
    b.rejectUnknown(List.of("inhale", "hold", "exhale"));
    b.requirePresent("inhale", "hold", "exhale");
    Optional<Integer> inhale = b.integer("inhale", 1, Limits.BREATH_MAX, SECONDS);
    Optional<Integer> hold = b.integer("hold", 0, Limits.BREATH_MAX, SECONDS);
    Optional<Integer> exhale = b.integer("exhale", 1, Limits.BREATH_MAX, SECONDS);
    if (inhale.isEmpty() || hold.isEmpty() || exhale.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Breathing(inhale.get(), hold.get(), exhale.get()));
  }

  private Optional<Step> step(FieldReader top, JsonValue value, String at, Settings defaults) {
    Optional<FieldReader> maybe = top.object(value, at, "a step object");
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    FieldReader r = maybe.get();
    int faultsBefore = faults.problems().size();
    r.rejectUnknown(STEP_FIELDS);
    r.requirePresent("name");
    Optional<String> name = r.text("name", Limits.NAME_MAX);
    List<String> say = spokenLines(r, "say");
    Settings own = settings(r);
    Optional<Exercise> exercise = exercise(r, own, defaults);
    int sets = r.integer("sets", 1, Limits.SETS_MAX, "").orElse(Limits.DEFAULT_SETS);
    Optional<Breathing> breathing =
        own.breathingOff() ? Optional.empty() : own.breathing().or(defaults::breathing);
    Count count = own.count().or(defaults::count).orElse(Count.LAST5);
    if (count == Count.BREATHS
        && breathing.isEmpty()
        && !(r.has("breathing") && !r.isFalse("breathing"))) {
      String why = own.breathingOff() ? ", and \"breathing\" is false here" : "";
      if (r.has("count")) {
        r.fault("count", "counting \"breaths\" needs a \"breathing\" pattern" + why);
      } else {
        r.faultHere("counting \"breaths\" (from \"defaults\") needs a \"breathing\" pattern" + why);
      }
    }
    List<Cue> cues = r.list("cues", 0, Limits.CUES_MAX, "cues", (v, p) -> cue(r, v, p, exercise));
    if (!cues.isEmpty()
        && exercise.filter(Exercise.Hold.class::isInstance).isEmpty()
        && r.has("reps")) {
      r.fault("cues", "cues are spoken within a hold; a step with \"reps\" has none");
    }
    Optional<String> sound = r.text("sound", 200).filter(s -> soundIsValid(r, s));
    if (faults.problems().size() > faultsBefore || name.isEmpty() || exercise.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Step(
              name.get(),
              say,
              exercise.get(),
              sets,
              own.sides().or(defaults::sides).orElse(Sides.NONE),
              own.prepare().or(defaults::prepare).orElse(Limits.DEFAULT_PREPARE),
              own.rest().or(defaults::rest).orElse(Limits.DEFAULT_REST),
              count,
              breathing,
              cues.stream().sorted(Comparator.comparingInt(Cue::at)).toList(),
              sound));
    } catch (IllegalArgumentException e) {
      faults.add(r.position(), at, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Exercise> exercise(FieldReader r, Settings own, Settings defaults) {
    if (r.has("hold") && r.has("reps")) {
      r.fault("reps", "a step has either \"hold\" or \"reps\", not both");
      return Optional.empty();
    }
    if (r.has("tempo") && !r.has("reps")) {
      r.fault("tempo", "\"tempo\" paces repetitions and needs \"reps\"");
      return Optional.empty();
    }
    if (r.has("reps")) {
      Optional<Integer> reps = r.integer("reps", 1, Limits.REPS_MAX, "");
      if (!r.has("tempo")) {
        r.fault("reps", "\"reps\" needs a \"tempo\": the phases of one repetition");
        return Optional.empty();
      }
      List<TempoPhase> tempo =
          r.list("tempo", 1, Limits.TEMPO_PHASES_MAX, "phases", (v, at) -> tempoPhase(r, v, at));
      return reps.filter(n -> !tempo.isEmpty()).map(n -> new Exercise.Reps(n, tempo));
    }
    if (r.has("hold")) {
      return own.hold().map(Exercise.Hold::new);
    }
    if (defaults.hold().isPresent()) {
      return defaults.hold().map(Exercise.Hold::new);
    }
    if (!r.misspelt("hold") && !r.misspelt("reps")) {
      r.faultHere(
          "a step needs \"hold\" seconds or \"reps\" with a \"tempo\", and no default hold applies");
    }
    return Optional.empty();
  }

  private Optional<TempoPhase> tempoPhase(FieldReader parent, JsonValue value, String at) {
    return parent
        .object(value, at, "an object {\"say\", \"seconds\"}")
        .flatMap(
            p -> {
              p.rejectUnknown(List.of("say", "seconds"));
              p.requirePresent("say", "seconds");
              Optional<String> say = p.text("say", Limits.SPOKEN_MAX);
              Optional<Integer> seconds =
                  p.integer("seconds", 1, Limits.TEMPO_SECONDS_MAX, SECONDS);
              return say.flatMap(s -> seconds.map(n -> new TempoPhase(s, n)));
            });
  }

  private Optional<Cue> cue(
      FieldReader parent, JsonValue value, String at, Optional<Exercise> exercise) {
    return parent
        .object(value, at, "an object {\"at\", \"say\"}")
        .flatMap(
            c -> {
              c.rejectUnknown(List.of("at", "say"));
              c.requirePresent("at", "say");
              int last =
                  exercise
                      .filter(Exercise.Hold.class::isInstance)
                      .map(e -> e.seconds() - 1)
                      .orElse(Limits.HOLD_MAX - 1);
              Optional<Integer> second =
                  last >= 1
                      ? c.integer("at", 1, last, " of seconds within the hold,")
                      : Optional.empty();
              if (last < 1 && c.has("at")) {
                c.fault("at", "a one-second hold has no room for a cue");
              }
              Optional<String> say = c.text("say", Limits.SPOKEN_MAX);
              return second.flatMap(s -> say.map(t -> new Cue(s, t)));
            });
  }

  private boolean soundIsValid(FieldReader r, String sound) {
    boolean insideAudio =
        !sound.startsWith("/")
            && !sound.contains("\\")
            && !sound.contains(":")
            && sound.endsWith(".wav")
            && java.util.Arrays.stream(sound.split("/", -1))
                .noneMatch(p -> p.isEmpty() || p.equals("..") || p.equals("."));
    if (!insideAudio) {
      r.fault(
          "sound",
          "must be the name of a .wav file inside the audio folder, such as \"chime.wav\", found the string \""
              + sound
              + "\"");
      return false;
    }
    if (!sounds.contains(sound)) {
      r.fault(
          "sound",
          "no sound named \""
              + sound
              + "\" in the audio folder; there are "
              + String.join(", ", sounds));
      return false;
    }
    return true;
  }

  private static String duration(int seconds) {
    int h = seconds / 3600;
    int m = seconds / 60 % 60;
    int s = seconds % 60;
    return h
        + (h == 1 ? " hour " : " hours ")
        + m
        + (m == 1 ? " minute " : " minutes ")
        + s
        + (s == 1 ? " second" : " seconds");
  }

  private SessionFormatException failure() {
    List<Problem> sorted =
        faults.problems().stream()
            .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
            .toList();
    return new SessionFormatException(sorted);
  }
}
