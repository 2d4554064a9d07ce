package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.validation.ValidDossierCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidDossierCode}: {@code null} passes; otherwise {@link DossierCode#parse(String)} must accept the text. */
public final class DossierCodeValidator implements ConstraintValidator<ValidDossierCode, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public DossierCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(DossierCode::parse, value);
    }
}
