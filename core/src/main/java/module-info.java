/**
 * dvc4j core: dossiers and their one-stop lifecycle, identifiers, money, working-time calendars and deadlines,
 * procedures and service levels, JSON wire formats, the national-portal payload, and the extension surface.
 */
module dev.dvc4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports dev.dvc4j.core;
    exports dev.dvc4j.core.calendar;
    exports dev.dvc4j.core.dossier;
    exports dev.dvc4j.core.id;
    exports dev.dvc4j.core.json;
    exports dev.dvc4j.core.money;
    exports dev.dvc4j.core.procedure;
    exports dev.dvc4j.core.spi;
    exports dev.dvc4j.core.validation;

    uses dev.dvc4j.core.spi.Dvc4jModule;
    uses jakarta.validation.spi.ValidationProvider;

    provides com.fasterxml.jackson.databind.Module with dev.dvc4j.core.json.Dvc4jJacksonModule;
    provides dev.dvc4j.core.spi.Dvc4jModule with
            dev.dvc4j.core.internal.CoreDefaultsModule,
            dev.dvc4j.core.internal.calendar.CalendarDefaultsModule,
            dev.dvc4j.core.internal.procedure.ProcedureModule;

    // Jackson reads and writes dvc4j's records reflectively.
    opens dev.dvc4j.core.internal.json to com.fasterxml.jackson.databind;
    opens dev.dvc4j.core.dossier to com.fasterxml.jackson.databind;

    // Jakarta Validation providers (Hibernate Validator, Apache BVal, ...) instantiate the constraint validators
    // reflectively; the package stays unexported, so it is no API.
    opens dev.dvc4j.core.internal.validation;

    // Catalogue documents are bound by Jackson and validated by the host's Jakarta Validation provider.
    opens dev.dvc4j.core.internal.procedure.json;
}
