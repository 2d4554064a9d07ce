package dev.dvc4j.core.internal.procedure.json;

/** Regular expressions of the catalogue's JSON shape. */
final class Patterns {
    static final String PROCEDURE_CODE = "\\d\\.\\d{6}(\\.[0-9A-Z]{1,10})?";
    static final String AGENCY_CODE = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z0-9][0-9A-Z]{2}";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String LEVEL = "central|province|district|commune";
    static final String FEE_KIND = "fee|charge";

    private Patterns() {
    }
}
