package io.github.quotekit.internal.analysis;

import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps SLF4J from printing "No SLF4J providers were found" on standard error for users of the
 * library who bind no logger. OpenNLP starts SLF4J when its first class loads; without a provider,
 * SLF4J then warns on standard error in three lines and logs nothing, which for a library's users
 * is noise they did not ask for.
 *
 * <p>So before the models load, and only when no SLF4J 2 provider and no SLF4J 1 binding is
 * visible and the user has not set {@code slf4j.internal.verbosity}, SLF4J is started with that
 * property at {@code ERROR}; the property is cleared again at once. A user who binds a logger
 * (logback, slf4j-simple, log4j-slf4j2-impl, ...) is left alone and gets OpenNLP's logs as usual.
 * When SLF4J has started before (the application logs through it), nothing changes either.
 */
final class QuietLogging {
  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String SLF4J_1_BINDING = "org/slf4j/impl/StaticLoggerBinder.class";

  private static boolean started;

  private QuietLogging() {}

  /** Starts SLF4J, quietly when it would only warn that there is no logger. */
  static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    if (System.getProperty(VERBOSITY) != null || loggerBound()) {
      return;
    }
    System.setProperty(VERBOSITY, "ERROR");
    try {
      LoggerFactory.getILoggerFactory();
    } finally {
      System.clearProperty(VERBOSITY);
    }
  }

  /** Returns true when SLF4J will find a logger to bind, as its own lookup would. */
  private static boolean loggerBound() {
    ClassLoader loader = LoggerFactory.class.getClassLoader();
    return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isPresent()
        || (loader != null && loader.getResource(SLF4J_1_BINDING) != null);
  }
}
