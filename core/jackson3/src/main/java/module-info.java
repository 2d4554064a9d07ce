/**
 * dvc4j jackson3: dvc4j's JSON wire format on Jackson 3 ({@code tools.jackson}), byte for byte the Jackson 2 format,
 * with the same strict reading, limits and typed errors. Dossier facts are covered when dvc4j-stats is present.
 */
module dev.dvc4j.jackson3 {
    requires transitive dev.dvc4j.core;
    requires transitive tools.jackson.databind;
    requires static dev.dvc4j.stats;

    exports dev.dvc4j.jackson3;

    provides tools.jackson.databind.JacksonModule with dev.dvc4j.jackson3.Dvc4jJackson3Module;
}
