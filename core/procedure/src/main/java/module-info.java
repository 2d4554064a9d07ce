/**
 * dvc4j procedure: procedure catalogues, service-level regimes (Decree 43/2011, Decree 42/2022, ...), dossier rules,
 * and Jakarta Validation constraints for identifiers.
 */
module dev.dvc4j.procedure {
    requires transitive dev.dvc4j.dossier;
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports dev.dvc4j.core.procedure;
    exports dev.dvc4j.core.validation;

    uses jakarta.validation.spi.ValidationProvider;


    // Jakarta Validation providers (Hibernate Validator, Apache BVal, ...) instantiate the constraint validators
    // reflectively; the package stays unexported, so it is no API.
    opens dev.dvc4j.core.internal.validation;

    // Catalogue documents are bound by Jackson and validated by the host's Jakarta Validation provider.
    opens dev.dvc4j.core.internal.procedure.json;
}
