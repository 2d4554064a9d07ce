package dev.dvc4j.core.internal.validation;

import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.validation.ValidTaxCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidTaxCode}: {@code null} passes; otherwise {@link TaxCode#parse(String)} must accept the text. */
public final class TaxCodeValidator implements ConstraintValidator<ValidTaxCode, CharSequence> {

    /** Creates the validator (the validation provider does). */
    public TaxCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifiers.accepts(TaxCode::parse, value);
    }
}
