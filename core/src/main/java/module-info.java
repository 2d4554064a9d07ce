/**
 * dvc4j core: one coordinate for the base, the calendar, the dossier, procedures and the national-portal payload.
 * It holds no classes of its own; each part is an artifact of its own for hosts that need less.
 */
module dev.dvc4j.core {
    requires transitive dev.dvc4j.base;
    requires transitive dev.dvc4j.calendar;
    requires transitive dev.dvc4j.dossier;
    requires transitive dev.dvc4j.procedure;
    requires transitive dev.dvc4j.portal;
}
