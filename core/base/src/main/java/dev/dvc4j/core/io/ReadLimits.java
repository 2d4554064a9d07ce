package dev.dvc4j.core.io;

/**
 * The documented limits of dvc4j's readers, enforced while streaming (nothing is read whole before it is checked)
 * and exact at the boundary: a value of exactly the limit is accepted, one more is refused.
 *
 * @param maxLineBytes the longest line of a line-based input (JSON Lines, CSV), in bytes without its line end
 * @param maxDocumentBytes the longest JSON document, in bytes
 * @param maxNestingDepth the deepest JSON nesting
 * @param maxStringLength the longest JSON string, in characters
 * @param maxNumberLength the longest JSON number, in characters
 * @param maxProblems how many problems a lenient read keeps with their positions (all are counted)
 */
public record ReadLimits(int maxLineBytes, long maxDocumentBytes, int maxNestingDepth, int maxStringLength,
                         int maxNumberLength, int maxProblems) {

    /**
     * dvc4j's defaults: lines up to 1 MiB, documents up to 64 MiB, nesting 64 deep, strings up to 1,000,000
     * characters, numbers up to 100 digits, 100 problems kept.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(1 << 20, 64L * 1024 * 1024, 64, 1_000_000, 100, 100);

    /** Requires every limit to be positive. */
    public ReadLimits {
        if (maxLineBytes <= 0 || maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0
                || maxNumberLength <= 0 || maxProblems < 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
