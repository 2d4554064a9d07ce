package dev.dvc4j.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.dvc4j.core.internal.validation.ProcedureCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a national administrative-procedure code {@code d.dddddd}, optionally with an agency suffix ({@code 1.000948.H38}): exactly what {@link dev.dvc4j.core.id.ProcedureCode#parse(String)} accepts.
 * {@code null} is valid (combine with {@code @NotNull} to require a value). Applies to {@link CharSequence}.
 *
 * <p>Message key {@code dev.dvc4j.validation.ProcedureCode.message}, in English and Vietnamese in dvc4j's
 * {@code ValidationMessages} bundle.
 */
@Documented
@Constraint(validatedBy = ProcedureCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidProcedureCode {

    /** @return the message template */
    String message() default "{dev.dvc4j.validation.ProcedureCode.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
