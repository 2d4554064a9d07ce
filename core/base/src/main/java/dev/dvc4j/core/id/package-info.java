/**
 * Identifiers: dossier, agency and procedure codes, personal identification numbers, tax codes, phone numbers and
 * provinces; each an immutable value with parsing, formatting and a clear error on bad input.
 */
package dev.dvc4j.core.id;
