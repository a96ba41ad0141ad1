package io.github.quotekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonObject;
import io.github.quotekit.AttributionRule;
import io.github.quotekit.ExtractorSpec;
import io.github.quotekit.Lexicon;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code meta} record of a run: which tool, version, commit and options wrote the output, and
 * a fingerprint of the lexicon and rule chain it used, so that the outputs of runs months apart
 * can be compared like for like.
 *
 * <pre>{@code
 * {"tool": "quotekit", "version": "0.1.0", "commit": "1a2b3c4",
 *  "spec": "minUnattributedWords=2147483647,minConfidence=0.0,...",
 *  "fingerprint": "sha256:0123456789abcdef"}
 * }</pre>
 *
 * <p>The fingerprint is the first 16 hex digits of the SHA-256 of the rule chain (each rule's
 * name and priority, in order) and of every word list of {@link Lexicon#english()}, sorted: the
 * two things besides the spec and the models that decide what the tool finds.
 */
final class RunMetadata {

  private RunMetadata() {}

  /** Returns the meta object of a run with {@code spec}. */
  static JsonObject of(ExtractorSpec spec) {
    JsonObject meta = new JsonObject();
    meta.addProperty("tool", "quotekit");
    meta.addProperty("version", BuildInfo.CURRENT.version());
    meta.addProperty("commit", BuildInfo.CURRENT.commit());
    meta.addProperty("spec", spec.toString());
    meta.addProperty("fingerprint", fingerprint());
    return meta;
  }

  /** The fingerprint of the built-in rule chain and the English lexicon. */
  static String fingerprint() {
    StringBuilder text = new StringBuilder("rules\n");
    for (AttributionRule rule : AttributionRule.builtIns()) {
      text.append(rule.name()).append(' ').append(rule.priority()).append('\n');
    }
    Lexicon lexicon = Lexicon.english();
    words(text, "cueVerbs", lexicon.cueVerbs());
    words(text, "reportingVerbs", lexicon.reportingVerbs());
    words(text, "organisationWords", lexicon.organisationWords());
    words(text, "groupNouns", lexicon.groupNouns());
    words(text, "firstNames", lexicon.firstNames());
    words(text, "speakerBlocklist", lexicon.speakerBlocklist());
    text.append("titles\n");
    new TreeMap<>(lexicon.titles())
        .forEach((title, role) -> text.append(title).append('=').append(role).append('\n'));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static void words(StringBuilder text, String name, Collection<String> words) {
    text.append(name).append('\n');
    new TreeSet<>(words).forEach(word -> text.append(word).append('\n'));
  }
}
