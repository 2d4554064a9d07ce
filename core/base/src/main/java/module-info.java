/**
 * dvc4j base: localized texts and typed errors, identifiers and provinces, money, the {@code Dvc4j} runtime and its
 * extension surface, and the internals every dvc4j artifact shares (the one time codec, the one strict JSON reading
 * policy).
 */
module dev.dvc4j.base {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports dev.dvc4j.core;
    exports dev.dvc4j.core.id;
    exports dev.dvc4j.core.io;
    exports dev.dvc4j.core.money;
    exports dev.dvc4j.core.spi;

    // Shared internals, for dvc4j's own artifacts only.
    exports dev.dvc4j.core.internal to
            dev.dvc4j.calendar, dev.dvc4j.dossier, dev.dvc4j.procedure, dev.dvc4j.portal,
            dev.dvc4j.postal, dev.dvc4j.stats;
    exports dev.dvc4j.core.internal.json to
            dev.dvc4j.calendar, dev.dvc4j.dossier, dev.dvc4j.procedure, dev.dvc4j.portal,
            dev.dvc4j.postal, dev.dvc4j.stats, com.fasterxml.jackson.databind, dev.dvc4j.jackson3;

    uses dev.dvc4j.core.spi.Dvc4jModule;

}
