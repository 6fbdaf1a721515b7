package dev.limber.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.limber.catalog.Catalog;
import dev.limber.engine.Command;
import dev.limber.engine.KeyTable;
import dev.limber.playback.PlaySettings;
import dev.limber.playback.Playback;
import dev.limber.session.Count;
import dev.limber.session.Session;
import dev.limber.speech.VoiceSettings;
import dev.limber.timeline.TimelineSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The handlers of the JSON API, one small method each. */
final class Api {
  /**
   * One session as {@code /api/sessions} lists it; {@code seconds} is its length at the default
   * settings.
   */
  record SessionInfo(String id, String title, long seconds, String summary, String origin) {}

  private static final int MAX_CACHED_LENGTHS = 64;

  private final RemoteControl control;
  private final Supplier<Catalog> catalog;
  private final Playback playback;
  private final RunHistory history;
  private final Map<Session, Long> lengths = new ConcurrentHashMap<>();

  Api(RemoteControl control, Supplier<Catalog> catalog, Playback playback, RunHistory history) {
    this.control = control;
    this.catalog = catalog;
    this.playback = playback;
    this.history = history;
  }

  Reply sessions(Routes.Request request) {
    List<SessionInfo> list =
        catalog.get().list().entries().stream()
            .map(
                e ->
                    new SessionInfo(
                        e.session().id(),
                        e.session().title(),
                        length(e.session()),
                        e.session().summary().orElse(""),
                        e.origin().label()))
            .toList();
    return Reply.json(200, Map.of("sessions", list));
  }

  /**
   * Works out every session's length on a thread of its own, so the page's first list comes at
   * once: with the real voice that synthesizes every phrase, a few seconds.
   */
  void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                catalog.get().list().entries().forEach(e -> length(e.session()));
              } catch (RuntimeException e) {
                // the first request works them out, and reports what went wrong
              }
            },
            "limber-remote-lengths");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The exact length comes from compiling with the voice's clip lengths: done once per session. */
  private long length(Session session) {
    if (lengths.size() > MAX_CACHED_LENGTHS) {
      lengths.clear(); // sessions edited again and again: start afresh rather than grow
    }
    return lengths.computeIfAbsent(session, s -> playback.seconds(s, PlaySettings.DEFAULT));
  }

  Reply state(Routes.Request request) {
    return Reply.json(200, control.view());
  }

  Reply play(Routes.Request request) {
    JsonNode body = Json.object(request.body());
    Json.onlyFields(body, "play", Set.of("session", "settings"));
    JsonNode id = body.get("session");
    if (id == null || !id.isTextual() || !id.asText().matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new HttpFailure(400, "play: \"session\" must be a session id from /api/sessions");
    }
    PlaySettings settings = settings(body.get("settings"));
    return Reply.json(202, Map.of("state", control.play(id.asText(), settings)));
  }

  /** The voice and counting settings a play request may carry; each optional. */
  static PlaySettings settings(JsonNode node) {
    if (node == null || node.isNull()) {
      return PlaySettings.DEFAULT;
    }
    if (!node.isObject()) {
      throw new HttpFailure(400, "play: \"settings\" must be an object");
    }
    Json.onlyFields(node, "settings", Set.of("rate", "pitch", "volume", "count", "breathing"));
    try {
      VoiceSettings voice =
          new VoiceSettings(
              integer(node, "rate", VoiceSettings.CALM_RATE),
              integer(node, "pitch", VoiceSettings.DEFAULT_PITCH),
              number(node, "volume", 1.0));
      Optional<Count> count = Optional.empty();
      if (node.has("count")) {
        String word = node.get("count").asText();
        count =
            Optional.of(
                List.of(Count.values()).stream()
                    .filter(c -> c.jsonName().equals(word))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new HttpFailure(
                                400, "settings.count: expected up, down, last5, breaths or none")));
      }
      JsonNode breathing = node.get("breathing");
      if (breathing != null && !breathing.isBoolean()) {
        throw new HttpFailure(400, "settings.breathing: expected true or false");
      }
      boolean paced = breathing == null || breathing.asBoolean();
      return new PlaySettings(
          new TimelineSettings(voice.rate(), count, paced), voice, Optional.empty(), false);
    } catch (IllegalArgumentException e) {
      throw new HttpFailure(400, "settings: " + Json.oneLine(e.getMessage()));
    }
  }

  private static int integer(JsonNode node, String field, int fallback) {
    JsonNode value = node.get(field);
    if (value == null) {
      return fallback;
    }
    if (!value.isInt()) {
      throw new HttpFailure(400, "settings." + field + ": expected a whole number");
    }
    return value.intValue();
  }

  private static double number(JsonNode node, String field, double fallback) {
    JsonNode value = node.get(field);
    if (value == null) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw new HttpFailure(400, "settings." + field + ": expected a number");
    }
    return value.doubleValue();
  }

  Reply command(Routes.Request request) {
    JsonNode body = Json.object(request.body());
    Json.onlyFields(body, "command", Set.of("command", "gain", "delta"));
    JsonNode name = body.get("command");
    if (name == null || !name.isTextual()) {
      throw new HttpFailure(400, "command: \"command\" must be one of " + NAMES);
    }
    Command command = command(name.asText(), body);
    control.playing().send(command);
    return Reply.json(202, Map.of("command", name.asText()));
  }

  private static final List<String> NAMES =
      List.of(
          "pause",
          "resume",
          "toggle",
          "next",
          "previous",
          "repeat",
          "where",
          "help",
          "faster",
          "slower",
          "louder",
          "softer",
          "volume",
          "stop");

  static Command command(String name, JsonNode body) {
    return switch (name) {
      case "pause" -> new Command.Pause();
      case "resume" -> new Command.Resume();
      case "toggle" -> new Command.TogglePause();
      case "next" -> new Command.NextStep();
      case "previous" -> new Command.PreviousStep();
      case "repeat" -> new Command.Repeat();
      case "where" -> new Command.Where();
      case "help" -> new Command.Help();
      case "faster" -> new Command.ChangeRate(KeyTable.RATE_STEP);
      case "slower" -> new Command.ChangeRate(-KeyTable.RATE_STEP);
      case "louder" -> new Command.ChangeVolume(KeyTable.VOLUME_STEP);
      case "softer" -> new Command.ChangeVolume(-KeyTable.VOLUME_STEP);
      case "volume" -> volume(body);
      case "stop" -> new Command.Stop();
      default ->
          throw new HttpFailure(
              400,
              "command: unknown command \"" + Json.oneLine(name) + "\", expected one of " + NAMES);
    };
  }

  /** {@code {"command": "volume", "gain": 0.8}} sets it; {@code "delta": -0.1} changes it. */
  private static Command volume(JsonNode body) {
    JsonNode gain = body.get("gain");
    JsonNode delta = body.get("delta");
    if ((gain == null) == (delta == null) || !(gain == null ? delta : gain).isNumber()) {
      throw new HttpFailure(
          400,
          "command volume: give either \"gain\" (0 to "
              + VoiceSettings.MAX_VOLUME
              + ") or \"delta\", a number");
    }
    double value = (gain == null ? delta : gain).doubleValue();
    if (gain != null && !(value >= 0 && value <= VoiceSettings.MAX_VOLUME)) {
      throw new HttpFailure(
          400, "command volume: \"gain\" must be from 0 to " + VoiceSettings.MAX_VOLUME);
    }
    if (delta != null && !(Math.abs(value) <= VoiceSettings.MAX_VOLUME)) {
      throw new HttpFailure(
          400,
          "command volume: \"delta\" must be from -"
              + VoiceSettings.MAX_VOLUME
              + " to "
              + VoiceSettings.MAX_VOLUME);
    }
    return gain != null ? new Command.SetVolume(value) : new Command.ChangeVolume(value);
  }

  Reply stop(Routes.Request request) {
    Json.object(request.body());
    control.playing().send(new Command.Stop());
    return Reply.json(202, Map.of("command", "stop"));
  }

  Reply history(Routes.Request request) {
    String text = request.query().getOrDefault("limit", "20");
    int limit;
    try {
      limit = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > RunHistory.MAX_LIMIT) {
      throw new HttpFailure(
          400, "history: limit must be a whole number from 1 to " + RunHistory.MAX_LIMIT);
    }
    return Reply.json(200, Map.of("runs", history.recent(limit)));
  }
}
