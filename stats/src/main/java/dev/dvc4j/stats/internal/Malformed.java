package dev.dvc4j.stats.internal;

import dev.dvc4j.core.LocalizedText;

/**
 * Why one record is malformed and where: thrown by a record parser and turned by {@link BlockIngest} into a
 * {@link dev.dvc4j.core.io.ReadProblem} with the record's line and the column of {@link #position()}. It carries no
 * stack trace: a lenient read of a file full of bad records stays as fast as a clean one.
 */
public final class Malformed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The position of an unknown column. */
    public static final int NO_POSITION = -1;

    private final int position;
    private final String path;
    private final String code;
    private final transient LocalizedText text;

    /**
     * A problem.
     *
     * @param position the index of the offending byte in the parser's buffer, or {@link #NO_POSITION}
     * @param path the JSON path or CSV column, or empty
     * @param code the stable code
     * @param text the reason in both languages
     */
    public Malformed(int position, String path, String code, LocalizedText text) {
        super(code, null, false, false);
        this.position = position;
        this.path = path;
        this.code = code;
        this.text = text;
    }

    /** @return the offending byte's index in the parser's buffer, or {@link #NO_POSITION} */
    public int position() {
        return position;
    }

    /** @return the JSON path or CSV column, or empty */
    public String path() {
        return path;
    }

    /** @return the code */
    public String code() {
        return code;
    }

    /** @return the reason */
    public LocalizedText text() {
        return text;
    }
}
