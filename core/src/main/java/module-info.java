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
    exports dev.dvc4j.core.portal;
    exports dev.dvc4j.core.spi;

    uses dev.dvc4j.core.spi.Dvc4jModule;

    provides com.fasterxml.jackson.databind.Module with dev.dvc4j.core.json.Dvc4jJacksonModule;

    // Jackson reads and writes dvc4j's records reflectively.
    opens dev.dvc4j.core.internal.json to com.fasterxml.jackson.databind;
    opens dev.dvc4j.core.dossier to com.fasterxml.jackson.databind;
    opens dev.dvc4j.core.portal to com.fasterxml.jackson.databind;
    opens dev.dvc4j.core.internal.portal to com.fasterxml.jackson.databind;
}
