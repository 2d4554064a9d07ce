package dev.dvc4j.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.dvc4j.core.internal.validation.AgencyCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be an agency code of QCVN 102:2016/BTTTT, four levels such as {@code 000.00.21.H56}: exactly what {@link dev.dvc4j.core.id.AgencyCode#parse(String)} accepts.
 * {@code null} is valid (combine with {@code @NotNull} to require a value). Applies to {@link CharSequence}.
 *
 * <p>Message key {@code dev.dvc4j.validation.AgencyCode.message}, in English and Vietnamese in dvc4j's
 * {@code ValidationMessages} bundle.
 */
@Documented
@Constraint(validatedBy = AgencyCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidAgencyCode {

    /** @return the message template */
    String message() default "{dev.dvc4j.validation.AgencyCode.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
