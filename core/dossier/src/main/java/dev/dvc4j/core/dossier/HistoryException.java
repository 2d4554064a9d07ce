package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;

/** A dossier history that cannot be trusted or replayed: a broken hash chain, or a snapshot that disagrees with it. */
public class HistoryException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param text what is wrong
     */
    public HistoryException(LocalizedText text) {
        super("dossier.history", text);
    }
}
