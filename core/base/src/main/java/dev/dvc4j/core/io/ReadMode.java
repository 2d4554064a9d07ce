package dev.dvc4j.core.io;

/** What a reader does with a malformed record: one of the two modes of dvc4j's one reading policy. */
public enum ReadMode {
    /** Count the record, keep its position and reason in the summary, and go on: never abort on a record. */
    LENIENT,
    /** Stop at the first problem with an {@link InputFormatException} naming file, line, column and path. */
    STRICT
}
