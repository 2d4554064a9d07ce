package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.validation.ValidProcedureCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidProcedureCode}: {@code null} passes; otherwise {@link ProcedureCode#parse(String)} must accept the text. */
public final class ProcedureCodeValidator implements ConstraintValidator<ValidProcedureCode, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public ProcedureCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(ProcedureCode::parse, value);
    }
}
