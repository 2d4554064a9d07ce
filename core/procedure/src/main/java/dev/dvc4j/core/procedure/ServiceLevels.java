package dev.dvc4j.core.procedure;

import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.core.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The installed service-level regimes, and the choice of the one in force on a date.
 *
 * <p>On a date, the regime in force is the one whose {@link ServiceLevelRegime#validity()} contains the date; when
 * several do (a newer regime added without closing the older one's validity), the one that came into force latest
 * wins. Two regimes in force from the same day are ambiguous and rejected when this object is built.
 *
 * <p>The bundled module installs Decree 43/2011 (2011-08-01 to 2022-07-31) and Decree 42/2022 (from 2022-08-01).
 * The reported Decree 224/2026 regime is provisional and installed only when a host registers
 * {@link ProvisionalDecree224Module} explicitly. Immutable and thread-safe.
 */
public final class ServiceLevels {

    private final List<ServiceLevelRegime> regimes;
    private final Map<String, ServiceLevelRegime> byKey;

    private ServiceLevels(Collection<? extends ServiceLevelRegime> regimes) {
        List<ServiceLevelRegime> list = new ArrayList<>(regimes);
        list.sort(Comparator.comparing((ServiceLevelRegime r) -> r.validity().from()).thenComparing(ServiceLevelRegime::key));
        Map<String, ServiceLevelRegime> keys = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ServiceLevelRegime r = list.get(i);
            if (keys.put(r.key(), r) != null) {
                throw new ProcedureException("procedure.regime-duplicate", LocalizedText.of(
                        "Hai chế độ mức độ cùng mã \"%s\"", "Two service-level regimes share the key \"%s\"").formatted(r.key()));
            }
            if (i > 0 && list.get(i - 1).validity().from().equals(r.validity().from())) {
                throw new ProcedureException("procedure.regime-ambiguous", LocalizedText.of(
                        "Hai chế độ mức độ \"%s\" và \"%s\" cùng có hiệu lực từ %s",
                        "Service-level regimes \"%s\" and \"%s\" both come into force on %s")
                        .formatted(list.get(i - 1).key(), r.key(), r.validity().from()));
            }
        }
        this.regimes = List.copyOf(list);
        this.byKey = keys;
    }

    /**
     * The regimes in force in a runtime ({@link ProcedurePoints#SERVICE_LEVEL_REGIMES}: the bundled ones unless a
     * module replaced or removed them, plus every regime modules contributed).
     *
     * @param dvc4j the runtime
     * @return the regimes
     * @throws ProcedureException if two regimes come into force on the same day
     */
    public static ServiceLevels from(Extensions dvc4j) {
        return new ServiceLevels(Objects.requireNonNull(dvc4j, "dvc4j").all(ProcedurePoints.SERVICE_LEVEL_REGIMES).values());
    }

    /**
     * Explicit regimes.
     *
     * @param regimes the regimes (keys unique)
     * @return the regimes
     * @throws ProcedureException if keys repeat or two regimes come into force on the same day
     */
    public static ServiceLevels of(Collection<? extends ServiceLevelRegime> regimes) {
        Objects.requireNonNull(regimes, "regimes");
        return new ServiceLevels(regimes);
    }

    /**
     * The regimes in order of coming into force.
     *
     * @return the regimes
     */
    public List<ServiceLevelRegime> regimes() {
        return regimes;
    }

    /**
     * A regime by key.
     *
     * @param key the key
     * @return the regime, if installed
     */
    public Optional<ServiceLevelRegime> regime(String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * The regime in force on a date.
     *
     * @param date the date
     * @return the regime
     * @throws ProcedureException if none is in force
     */
    public ServiceLevelRegime regimeOn(LocalDate date) {
        ServiceLevelRegime found = null;
        for (ServiceLevelRegime r : regimes) {
            if (r.inForceOn(date)) {
                found = r;
            }
        }
        if (found == null) {
            throw new ProcedureException("procedure.no-regime", LocalizedText.of(
                    "Không có chế độ mức độ dịch vụ công nào có hiệu lực ngày %s (đã cài: %s)",
                    "No service-level regime is in force on %s (installed: %s)").formatted(date, byKey.keySet()));
        }
        return found;
    }

    /**
     * Assesses an offer under the regime in force on a date.
     *
     * @param procedure the procedure
     * @param offer the agency's offer for it
     * @param date the date
     * @return the assessment
     * @throws ProcedureException if no regime is in force or the offer is for another procedure
     */
    public LevelAssessment assess(Procedure procedure, ServiceOffer offer, LocalDate date) {
        return regimeOn(date).assess(procedure, offer, date);
    }

    /**
     * Assesses an offer under a named regime, whether or not it is in force on the date (for "what if" and for the
     * legacy view of a current offer).
     *
     * @param regimeKey the regime's key
     * @param procedure the procedure
     * @param offer the offer
     * @param date the date (fees are dated)
     * @return the assessment
     * @throws ProcedureException if the regime is not installed
     */
    public LevelAssessment assess(String regimeKey, Procedure procedure, ServiceOffer offer, LocalDate date) {
        Objects.requireNonNull(regimeKey, "regimeKey");
        ServiceLevelRegime r = byKey.get(regimeKey);
        if (r == null) {
            throw new ProcedureException("procedure.unknown-regime", LocalizedText.of(
                    "Không có chế độ mức độ \"%s\" (đã cài: %s)", "No service-level regime \"%s\" (installed: %s)")
                    .formatted(regimeKey, byKey.keySet()));
        }
        return r.assess(procedure, offer, date);
    }

    /**
     * The highest level among several offers of one procedure, as the Decision 766 formula sheet counts a procedure
     * offered in more than one variant at its highest level.
     *
     * @param procedure the procedure
     * @param offers its offers (at least one)
     * @param date the date
     * @return the assessment with the highest rank (the first such offer on ties)
     */
    public LevelAssessment highest(Procedure procedure, Collection<ServiceOffer> offers, LocalDate date) {
        LevelAssessment best = null;
        for (ServiceOffer o : offers) {
            LevelAssessment a = assess(procedure, o, date);
            if (best == null || a.level().rank() > best.level().rank()) {
                best = a;
            }
        }
        if (best == null) {
            throw ProcedureException.invalid("offers", "Thủ tục %s không có dịch vụ nào để đánh giá",
                    "Procedure %s has no offer to assess", procedure.code());
        }
        return best;
    }

    @Override
    public String toString() {
        return "ServiceLevels" + byKey.keySet();
    }
}
