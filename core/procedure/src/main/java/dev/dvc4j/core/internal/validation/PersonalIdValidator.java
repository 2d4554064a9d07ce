package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.validation.ValidPersonalId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidPersonalId}: {@code null} passes; otherwise {@link PersonalId#parse(String)} must accept the text. */
public final class PersonalIdValidator implements ConstraintValidator<ValidPersonalId, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public PersonalIdValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(PersonalId::parse, value);
    }
}
