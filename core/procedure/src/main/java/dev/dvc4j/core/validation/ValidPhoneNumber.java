package dev.dvc4j.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.dvc4j.core.internal.validation.PhoneNumberValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Vietnamese phone number ({@code 0912345678}, {@code +84 912 345 678}): exactly what {@link dev.dvc4j.core.id.PhoneNumber#parse(String)} accepts.
 * {@code null} is valid (combine with {@code @NotNull} to require a value). Applies to {@link CharSequence}.
 *
 * <p>Message key {@code dev.dvc4j.validation.PhoneNumber.message}, in English and Vietnamese in dvc4j's
 * {@code ValidationMessages} bundle.
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPhoneNumber {

    /** @return the message template */
    String message() default "{dev.dvc4j.validation.PhoneNumber.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
