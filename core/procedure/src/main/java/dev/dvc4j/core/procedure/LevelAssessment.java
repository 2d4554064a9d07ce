package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The level an agency's offer for a procedure reaches under one regime on one date, why it reaches no higher, and
 * what the level corresponds to under other regimes (legacy ↔ current).
 *
 * @param regime the regime's key
 * @param regimeName the regime's name
 * @param legalBasis the regime's legal basis
 * @param provisional whether the regime rests on unconfirmed text
 * @param procedure the procedure assessed
 * @param agency the agency whose offer was assessed
 * @param date the date of the assessment
 * @param level the level reached
 * @param maxRank the rank of the regime's highest level
 * @param gaps for each higher level, in ascending rank, every criterion still unmet on the way there
 * @param equivalents the corresponding level code in other regimes, by regime key
 */
public record LevelAssessment(String regime, LocalizedText regimeName, String legalBasis, boolean provisional,
                              ProcedureCode procedure, AgencyCode agency, LocalDate date, ServiceLevel level,
                              int maxRank, List<LevelGap> gaps, Map<String, String> equivalents) {

    /** Validates and copies. */
    public LevelAssessment {
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(equivalents, "equivalents");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(regimeName, "regimeName");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(level, "level");
        gaps = List.copyOf(gaps);
        equivalents = Collections.unmodifiableMap(new LinkedHashMap<>(equivalents));
        if (gaps.isEmpty() != (level.rank() == maxRank)) {
            throw ProcedureException.invalid("assessment", "Đánh giá phải nêu khoảng cách tới mọi mức cao hơn",
                    "An assessment must state the gap to every higher level");
        }
    }

    /**
     * The Decree 43/2011 level (1–4) this assessment corresponds to: its own level under that regime, or the legacy
     * equivalent a later regime maps it to (full online ↔ level 4, partial ↔ level 3, as common practice has it).
     *
     * @return 1 to 4, or 0 when no legacy level is known
     */
    public int legacyLevel() {
        int own = legacyLevelOf(level.code());
        if (own > 0) {
            return own;
        }
        for (String code : equivalents.values()) {
            int l = legacyLevelOf(code);
            if (l > 0) {
                return l;
            }
        }
        return 0;
    }

    private static int legacyLevelOf(String code) {
        return code.length() == 7 && code.startsWith("level-") && code.charAt(6) >= '1' && code.charAt(6) <= '4'
                ? code.charAt(6) - '0' : 0;
    }

    /**
     * The next level up.
     *
     * @return the next level, or empty at the regime's highest level
     */
    public Optional<ServiceLevel> next() {
        return gaps.isEmpty() ? Optional.empty() : Optional.of(gaps.get(0).level());
    }

    /**
     * Every criterion unmet for the next level.
     *
     * @return the unmet criteria, empty at the highest level
     */
    public List<UnmetCriterion> unmet() {
        return gaps.isEmpty() ? List.of() : gaps.get(0).unmet();
    }

    /**
     * What is unmet on the way to a higher level.
     *
     * @param levelCode the level's code
     * @return the unmet criteria, or empty when the level is reached (or unknown)
     */
    public List<UnmetCriterion> unmetFor(String levelCode) {
        Objects.requireNonNull(levelCode, "levelCode");
        return gaps.stream().filter(g -> g.level().code().equals(levelCode)).findFirst().map(LevelGap::unmet)
                .orElse(List.of());
    }

    /**
     * How far the offer is online: the level's {@link ServiceLevel#onlineMode()}, the classification statistics count
     * dossiers by.
     *
     * @return full, partial or not online
     */
    public OnlineMode onlineMode() {
        return level.onlineMode();
    }

    /** @return whether the offer is full online (or legacy level 4) */
    public boolean isFullOnline() {
        return onlineMode() == OnlineMode.FULL;
    }

    /** @return whether the offer counts as an online service (partial or full online, legacy levels 3 and 4) */
    public boolean isOnlineService() {
        return onlineMode() != OnlineMode.NOT_ONLINE;
    }

    /**
     * A readable explanation, for the {@code dvc4j level} command and for logs.
     *
     * @param locale {@code vi} for Vietnamese, anything else for English
     * @return several lines of text
     */
    public String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean vi = locale != null && "vi".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(vi ? "Thủ tục " : "Procedure ").append(procedure)
                .append(vi ? ", cơ quan " : ", agency ").append(agency)
                .append(vi ? ", ngày " : ", on ").append(date).append('\n');
        sb.append(vi ? "Chế độ: " : "Regime: ").append(regimeName.in(locale)).append(" (").append(legalBasis).append(')');
        if (provisional) {
            sb.append(vi ? " [tạm thời, văn bản chưa được xác nhận]" : " [provisional, text unconfirmed]");
        }
        sb.append('\n');
        sb.append(vi ? "Mức đạt: " : "Level: ").append(level.name().in(locale))
                .append(" (").append(level.rank()).append(vi ? "/" : " of ").append(maxRank).append(")\n");
        for (LevelGap gap : gaps) {
            sb.append(vi ? "Chưa đạt " : "Not ").append(gap.level().name().in(locale)).append(vi ? " vì:" : " because:")
                    .append('\n');
            for (UnmetCriterion u : gap.unmet()) {
                sb.append("  - ").append(u.reason().in(locale)).append(" [").append(u.code()).append("]\n");
            }
        }
        equivalents.forEach((k, v) -> sb.append(vi ? "Tương ứng theo " : "Corresponds under ").append(k).append(": ")
                .append(v).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "LevelAssessment[" + procedure + "@" + agency + " " + date + " " + level + ", unmet=" + unmet() + "]";
    }
}
