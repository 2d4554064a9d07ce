package dev.dvc4j.core.procedure;

/**
 * What a procedure's result is.
 *
 * @param paperRequired whether the law requires a paper result (a badge, a card), which must then reach the applicant
 *     physically (at the counter or by public post)
 * @param electronic whether an electronic result is issued and legally valid
 */
public record ResultKind(boolean paperRequired, boolean electronic) {

    /** An electronic result, no paper required. */
    public static final ResultKind ELECTRONIC = new ResultKind(false, true);

    /** A paper result only. */
    public static final ResultKind PAPER = new ResultKind(true, false);

    /** @return whether the result can be delivered online alone */
    public boolean deliverableOnline() {
        return electronic && !paperRequired;
    }
}
