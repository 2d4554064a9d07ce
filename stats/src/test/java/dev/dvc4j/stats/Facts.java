package dev.dvc4j.stats;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Test helpers for building facts. */
final class Facts {

    static final Instant T0 = at("2026-03-02T08:00");

    private Facts() {
    }

    static Instant at(String localVietnam) {
        return LocalDateTime.parse(localVietnam).toInstant(ZoneOffset.ofHours(7));
    }

    static Instant days(double d) {
        return T0.plusSeconds((long) (d * 86_400));
    }

    /** A received in-person dossier at T0 due in 5 days, processed. */
    static DossierFacts.Builder received() {
        return DossierFacts.builder().agency("000.00.21.H42").procedure("1.005129").sector("LV01").province("42")
                .channel(Channel.IN_PERSON).legacyLevel(3).filedAt(T0).receivedAt(T0).dueAt(days(5))
                .status(DossierStatus.PROCESSING);
    }
}
