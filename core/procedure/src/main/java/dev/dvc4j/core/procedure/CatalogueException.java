package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue that cannot be loaded, with every problem found (not just the first), or a loader that cannot
 * validate because no Jakarta Validation provider is present ({@code catalogue.no-validation-provider}).
 */
public class CatalogueException extends ProcedureException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogueProblem> problems;

    /**
     * Creates the exception from problems.
     *
     * @param problems every problem found (at least one)
     */
    public CatalogueException(List<CatalogueProblem> problems) {
        super("catalogue.invalid", text(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception with a code and message, without problems.
     *
     * @param code the code
     * @param text the message
     * @param cause the cause, or {@code null}
     */
    public CatalogueException(String code, LocalizedText text, @Nullable Throwable cause) {
        super(code, text, cause);
        this.problems = List.of();
    }

    /** @return every problem, in the order found (file by file, then cross-file checks) */
    public List<CatalogueProblem> problems() {
        return problems;
    }

    private static LocalizedText text(List<CatalogueProblem> problems) {
        String sep = System.lineSeparator() + "  ";
        return LocalizedText.of(
                "Danh mục thủ tục có " + problems.size() + " lỗi:" + sep + problems.stream()
                        .map(p -> p.location() + ": " + p.message().vi()).collect(Collectors.joining(sep)),
                "The procedure catalogue has " + problems.size() + (problems.size() == 1 ? " problem:" : " problems:")
                        + sep + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining(sep)));
    }
}
