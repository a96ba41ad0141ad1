package io.github.quotekit.internal.pipeline;

import io.github.quotekit.Extraction;
import java.util.List;

/** Runs the stages text → quotes → analysis → candidates → attribution → resolution. */
public final class Pipeline {
  private final PipelineOptions options;

  private Pipeline(PipelineOptions options) {
    this.options = options;
  }

  public static Pipeline create(PipelineOptions options) {
    return new Pipeline(options);
  }

  public Extraction extract(String text) {
    return new Extraction(text, List.of(), List.of());
  }
}
