package io.github.quotekit.benchmarks.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * score.py's result: the tracks in score.py's order ({@code all}, {@code long}, and {@code
 * attributions} when the gold has attributions).
 *
 * @param tracks track name to figures, in output order
 */
public record Scores(Map<String, TrackScore> tracks) {

  /** Copies the map, keeping its order. */
  public Scores {
    tracks = Collections.unmodifiableMap(new LinkedHashMap<>(tracks));
  }

  /** Returns the named track, or null. */
  public TrackScore track(String name) {
    return tracks.get(name);
  }

  /** Returns what score.py prints without {@code --json}: one line per track, newline-ended. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    tracks.forEach((name, score) -> sb.append(score.textLine(name)).append('\n'));
    return sb.toString();
  }

  /** Returns what score.py prints with {@code --json} (without the final newline). */
  public String json() {
    return tracks.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\": " + e.getValue().json())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
