package io.github.quotekit.cli;

/** A command line that cannot be run; the message names the problem. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the command line, without a trailing period
   */
  UsageException(String message) {
    super(message);
  }
}
