package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;

/**
 * A transition the lifecycle does not allow. It names the dossier's status, the action and the rule that refused
 * it; the dossier the call was made on is unchanged.
 */
public class IllegalTransitionException extends Dvc4jException {

    private static final long serialVersionUID = 1L;

    private final DossierStatus status;
    private final DossierAction action;
    private final LocalizedText rule;

    /**
     * Creates the exception.
     *
     * @param dossier the dossier code as text (not personal data)
     * @param status the dossier's status
     * @param action the refused action
     * @param rule the rule that refused it
     */
    public IllegalTransitionException(String dossier, DossierStatus status, DossierAction action, LocalizedText rule) {
        super("dossier.illegal-transition", LocalizedText.of(
                "Hồ sơ %s đang ở trạng thái \"%s\": không thể %s — %s",
                "Dossier %s is \"%s\": cannot %s — %s").formatted(dossier, status.label().vi(), action.label().vi(), rule.vi())
                .withEnglish(String.format("Dossier %s is \"%s\": cannot %s — %s", dossier, status.label().en(), action.label().en(), rule.en())));
        Objects.requireNonNull(dossier, "dossier");
        this.status = status;
        this.action = action;
        this.rule = rule;
    }

    /** @return the dossier's status when the action was refused */
    public DossierStatus status() {
        return status;
    }

    /** @return the refused action */
    public DossierAction action() {
        return action;
    }

    /** @return the rule that refused it */
    public LocalizedText rule() {
        return rule;
    }
}
