package dev.dvc4j.core.portal;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.ResultDocument;

/**
 * Gives the link to an electronic result file ({@code DuongDanTepTinKetQua}). The portal counts a result as
 * electronic when it has a link, so a host should return the real download address of each electronic result.
 *
 * <p>The {@link #DEFAULT} links name the file without locating it: {@code urn:sha256:<digest>} when the result
 * records its digest, else {@code urn:dvc4j:result:<dossier code>:<position>}; paper results get no link.
 */
@FunctionalInterface
public interface ResultLinks {

    /** Content-addressed placeholders for electronic results, none for paper ones. */
    ResultLinks DEFAULT = (dossier, index, result) -> {
        if (!result.electronic()) {
            return null;
        }
        return result.sha256() != null ? "urn:sha256:" + result.sha256()
                : "urn:dvc4j:result:" + dossier.code() + ":" + (index + 1);
    };

    /**
     * The link for one result document.
     *
     * @param dossier the dossier
     * @param index the document's position in {@link Dossier#results()}, from 0
     * @param result the document
     * @return the link, or {@code null} for a paper result
     */
    String link(Dossier dossier, int index, ResultDocument result);
}
