/**
 * Jakarta Validation constraints for identifiers held as text in a host's DTOs: {@link
 * dev.dvc4j.core.validation.ValidDossierCode}, {@link dev.dvc4j.core.validation.ValidAgencyCode}, {@link
 * dev.dvc4j.core.validation.ValidProcedureCode}, {@link dev.dvc4j.core.validation.ValidPersonalId}, {@link
 * dev.dvc4j.core.validation.ValidTaxCode} and {@link dev.dvc4j.core.validation.ValidPhoneNumber}. Each accepts
 * exactly what the identifier's {@code parse} accepts, treats {@code null} as valid, and reports a message in English
 * ({@code ValidationMessages.properties}) or Vietnamese ({@code ValidationMessages_vi.properties}). The same messages
 * are also shipped as {@code ContributorValidationMessages}, which Hibernate Validator aggregates across jars, so they
 * still resolve when the host has a {@code ValidationMessages} bundle of its own.
 *
 * <pre>{@code
 * record ApplicantForm(@NotNull @ValidPersonalId String personalId, @ValidPhoneNumber String phone) { }
 * }</pre>
 */
package dev.dvc4j.core.validation;
