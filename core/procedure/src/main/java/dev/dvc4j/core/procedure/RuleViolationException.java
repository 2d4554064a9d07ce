package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A filing or processing step refused by dossier rules; lists every violation. */
public class RuleViolationException extends ProcedureException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    /**
     * Creates the exception.
     *
     * @param code {@code "dossier-rules.filing-refused"} or {@code "dossier-rules.return-refused"}
     * @param violations every violation (at least one)
     */
    public RuleViolationException(String code, List<RuleViolation> violations) {
        super(code, text(code, Objects.requireNonNull(violations, "violations")));
        this.violations = List.copyOf(violations);
    }

    /** @return every violation */
    public List<RuleViolation> violations() {
        return violations;
    }

    private static LocalizedText text(String code, List<RuleViolation> v) {
        boolean filing = code.endsWith("filing-refused");
        return LocalizedText.of(
                (filing ? "Không tiếp nhận hồ sơ (" : "Không được trả kết quả (") + v.size() + " lý do): "
                        + v.stream().map(x -> x.message().vi()).collect(Collectors.joining("; ")),
                (filing ? "Filing refused (" : "Result return refused (") + v.size() + (v.size() == 1 ? " reason): " : " reasons): ")
                        + v.stream().map(x -> x.message().en()).collect(Collectors.joining("; ")));
    }
}
