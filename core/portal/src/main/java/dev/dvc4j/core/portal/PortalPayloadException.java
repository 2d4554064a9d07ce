package dev.dvc4j.core.portal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.List;

/**
 * A strict read found problems in a payload. Lists every problem with its JSON path, in both languages; nothing was
 * returned. Code {@code portal.payload}.
 */
public final class PortalPayloadException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    /** The code of payload problems. */
    public static final String CODE = "portal.payload";

    /** The problems, in document order. */
    private final transient List<PortalProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public PortalPayloadException(List<PortalProblem> problems) {
        super(CODE, text(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, in document order */
    public List<PortalProblem> problems() {
        return problems;
    }

    private static LocalizedText text(List<PortalProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a payload exception needs at least one problem");
        }
        StringBuilder vi = new StringBuilder("Dữ liệu đồng bộ cổng DVC quốc gia có " + problems.size() + " lỗi:");
        StringBuilder en = new StringBuilder("The national portal payload has " + problems.size()
                + (problems.size() == 1 ? " problem:" : " problems:"));
        for (PortalProblem p : problems) {
            vi.append("\n  ").append(p.path()).append(": ").append(p.message().vi());
            en.append("\n  ").append(p.path()).append(": ").append(p.message().en());
        }
        return LocalizedText.of(vi.toString(), en.toString());
    }
}
