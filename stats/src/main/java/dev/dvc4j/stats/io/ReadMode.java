package dev.dvc4j.stats.io;

/** What a fact reader does with a malformed row. */
public enum ReadMode {
    /** Count the row, keep its line number and reason in the summary, and go on. */
    LENIENT,
    /** Stop the run at the first malformed row with a {@link FactsFormatException}. */
    STRICT
}
