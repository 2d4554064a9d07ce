package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.internal.procedure.RegimeReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ServiceLevelRegime} whose levels are cumulative rules: an offer reaches level <i>n</i> when the rules of
 * levels 1 to <i>n</i> are all met (Decree 43/2011 Art. 3 defines its levels this way, and Decree 42/2022's full
 * online includes everything partial online provides). The base level has no rule.
 *
 * <p>The bundled regimes are JSON data ({@code dev/dvc4j/core/procedure/regime-*.json}) read with
 * {@link #fromJson(InputStream, Map)}; a vendor may load its own the same way.
 */
public final class RuleBasedRegime implements ServiceLevelRegime {

    /**
     * One level and what it adds to the one below.
     *
     * @param level the level
     * @param rule what it adds; empty only for the base level
     * @param equivalents the corresponding level code under other regimes, by regime key
     */
    public record Level(ServiceLevel level, Optional<ServiceRule> rule, Map<String, String> equivalents) {

        /** Validates and copies. */
        public Level {
            Objects.requireNonNull(equivalents, "equivalents");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(rule, "rule");
            equivalents = Collections.unmodifiableMap(new LinkedHashMap<>(equivalents));
        }
    }

    private final String key;
    private final LocalizedText name;
    private final String legalBasis;
    private final Validity validity;
    private final boolean provisional;
    private final List<Level> levels;
    private final List<ServiceLevel> serviceLevels;

    /**
     * Creates a regime.
     *
     * @param key the key (non-blank)
     * @param name the name
     * @param legalBasis the legal basis (non-blank)
     * @param validity when in force
     * @param provisional whether the text is unconfirmed
     * @param levels the levels in strictly ascending rank; the first has no rule, every other one has
     * @throws ProcedureException if the levels are inconsistent
     */
    public RuleBasedRegime(String key, LocalizedText name, String legalBasis, Validity validity, boolean provisional,
                           List<Level> levels) {
        Objects.requireNonNull(levels, "levels");
        if (key == null || key.isBlank()) {
            throw ProcedureException.invalid("regime", "Chế độ mức độ thiếu mã", "A regime needs a key");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw ProcedureException.invalid("regime", "Chế độ %s thiếu căn cứ pháp lý", "Regime %s has no legal basis", key);
        }
        this.key = key;
        this.name = Objects.requireNonNull(name, "name");
        this.legalBasis = legalBasis;
        this.validity = Objects.requireNonNull(validity, "validity");
        this.provisional = provisional;
        this.levels = List.copyOf(levels);
        if (this.levels.size() < 2) {
            throw ProcedureException.invalid("regime", "Chế độ %s cần ít nhất hai mức", "Regime %s needs at least two levels", key);
        }
        Set<String> codes = new HashSet<>();
        int previousRank = -1;
        List<ServiceLevel> sl = new ArrayList<>();
        for (int i = 0; i < this.levels.size(); i++) {
            Level l = this.levels.get(i);
            if (!l.level().regime().equals(key)) {
                throw ProcedureException.invalid("regime", "Mức %s thuộc chế độ %s, không phải %s",
                        "Level %s belongs to regime %s, not %s", l.level().code(), l.level().regime(), key);
            }
            if (!codes.add(l.level().code())) {
                throw ProcedureException.invalid("regime", "Chế độ %s: mã mức %s bị trùng",
                        "Regime %s: level code %s appears twice", key, l.level().code());
            }
            if (l.level().rank() <= previousRank) {
                throw ProcedureException.invalid("regime", "Chế độ %s: các mức phải theo thứ bậc tăng dần (%s)",
                        "Regime %s: levels must be in strictly ascending rank (%s)", key, l.level().code());
            }
            if ((i == 0) == l.rule().isPresent()) {
                throw ProcedureException.invalid("regime",
                        "Chế độ %s: chỉ mức cơ sở (đầu tiên) không có quy tắc (%s)",
                        "Regime %s: exactly the base (first) level has no rule (%s)", key, l.level().code());
            }
            previousRank = l.level().rank();
            sl.add(l.level());
        }
        this.serviceLevels = List.copyOf(sl);
    }

    /**
     * Reads a regime from JSON:
     * <pre>{@code
     * {"key": "vn-decree-42-2022", "name": {"vi": "...", "en": "..."}, "legalBasis": "...",
     *  "validFrom": "2022-08-01", "validTo": null, "provisional": false,
     *  "levels": [
     *    {"code": "none", "rank": 0, "name": {...}, "onlineService": false, "fullOnline": false},
     *    {"code": "partial-online", "rank": 1, "name": {...}, "onlineService": true, "fullOnline": false,
     *     "equivalents": {"vn-decree-43-2011": "level-3"},
     *     "rule": {"allOf": [{"criterion": "online-information"}, {"criterion": "online-submission"}]}}]}
     * }</pre>
     * A rule is {@code {"criterion": code}}, {@code {"allOf": [...]}}, {@code {"anyOf": [...]}} or
     * {@code {"not": rule}}. Criterion codes resolve against {@link ServiceCriteria#builtIns()} and then the given map.
     *
     * @param in the JSON (not closed)
     * @param extraCriteria the caller's criteria by code (may be empty)
     * @return the regime
     * @throws ProcedureException naming the JSON path of the first problem
     */
    public static RuleBasedRegime fromJson(InputStream in, Map<String, ServiceCriterion> extraCriteria) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(extraCriteria, "extraCriteria");
        return RegimeReader.read(in, extraCriteria);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public LocalizedText name() {
        return name;
    }

    @Override
    public String legalBasis() {
        return legalBasis;
    }

    @Override
    public Validity validity() {
        return validity;
    }

    @Override
    public boolean provisional() {
        return provisional;
    }

    @Override
    public List<ServiceLevel> levels() {
        return serviceLevels;
    }

    /**
     * The level definitions with their rules.
     *
     * @return the definitions in ascending rank
     */
    public List<Level> definitions() {
        return levels;
    }

    @Override
    public LevelAssessment assess(Procedure procedure, ServiceOffer offer, LocalDate date) {
        ServiceFacts facts = new ServiceFacts(procedure, offer, date);
        List<RuleOutcome> outcomes = new ArrayList<>(levels.size());
        outcomes.add(RuleOutcome.MET);
        for (int i = 1; i < levels.size(); i++) {
            outcomes.add(levels.get(i).rule().orElseThrow().evaluate(facts));
        }
        int reached = 0;
        while (reached + 1 < levels.size() && outcomes.get(reached + 1).satisfied()) {
            reached++;
        }
        List<LevelGap> gaps = new ArrayList<>();
        Map<String, UnmetCriterion> cumulative = new LinkedHashMap<>();
        for (int i = reached + 1; i < levels.size(); i++) {
            for (UnmetCriterion u : outcomes.get(i).unmet()) {
                cumulative.putIfAbsent(u.code(), u);
            }
            gaps.add(new LevelGap(levels.get(i).level(), new ArrayList<>(cumulative.values())));
        }
        Level at = levels.get(reached);
        return new LevelAssessment(key, name, legalBasis, provisional, procedure.code(), offer.agency(), date,
                at.level(), levels.get(levels.size() - 1).level().rank(), gaps, at.equivalents());
    }

    @Override
    public String toString() {
        return "RuleBasedRegime[" + key + ", " + validity + (provisional ? ", provisional" : "") + ", levels="
                + serviceLevels.stream().map(ServiceLevel::code).toList() + "]";
    }
}
