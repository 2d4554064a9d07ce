package dev.dvc4j.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.dvc4j.core.internal.validation.PersonalIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a 12-digit personal identification number with a known place-of-registration code: exactly what {@link dev.dvc4j.core.id.PersonalId#parse(String)} accepts.
 * {@code null} is valid (combine with {@code @NotNull} to require a value). Applies to {@link CharSequence}.
 *
 * <p>Message key {@code dev.dvc4j.validation.PersonalId.message}, in English and Vietnamese in dvc4j's
 * {@code ValidationMessages} bundle.
 */
@Documented
@Constraint(validatedBy = PersonalIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPersonalId {

    /** @return the message template */
    String message() default "{dev.dvc4j.validation.PersonalId.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
