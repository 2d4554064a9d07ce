/**
 * dvc4j dossier: the dossier, its events and one-stop lifecycle, the hash chain, and the JSON wire format (Jackson 2
 * module and mappers).
 */
module dev.dvc4j.dossier {
    requires transitive dev.dvc4j.calendar;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;

    exports dev.dvc4j.core.dossier;
    exports dev.dvc4j.core.json;

    provides com.fasterxml.jackson.databind.Module with dev.dvc4j.core.json.Dvc4jJacksonModule;

    // Jackson reads and writes dvc4j's records reflectively.
    opens dev.dvc4j.core.dossier to com.fasterxml.jackson.databind, tools.jackson.databind;
}
