package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.validation.ValidPhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidPhoneNumber}: {@code null} passes; otherwise {@link PhoneNumber#parse(String)} must accept the text. */
public final class PhoneNumberValidator implements ConstraintValidator<ValidPhoneNumber, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public PhoneNumberValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(PhoneNumber::parse, value);
    }
}
