package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.validation.ValidAgencyCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidAgencyCode}: {@code null} passes; otherwise {@link AgencyCode#parse(String)} must accept the text. */
public final class AgencyCodeValidator implements ConstraintValidator<ValidAgencyCode, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public AgencyCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(AgencyCode::parse, value);
    }
}
