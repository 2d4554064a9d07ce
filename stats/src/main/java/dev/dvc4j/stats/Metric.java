package dev.dvc4j.stats;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * The rates dvc4j computes, each with the number of its formula in the national portal's formula sheet for
 * Decision 766/QĐ-TTg where there is one. Dossier metrics are computed by {@link MetricsAccumulator} from
 * {@link DossierFacts}; service metrics by {@link ServiceAccumulator} from a procedure catalogue
 * ({@link ServiceFacts}).
 *
 * <p>Denominators: "received" means facts with a receipt time whose status is not refused at reception.
 */
public enum Metric implements Labelled {
    /** 3.3: dossiers filed online ÷ dossiers received. */
    ONLINE_SHARE("3.3", true, "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"),
    /** Online share among dossiers of legacy level-3 procedures. */
    ONLINE_SHARE_LEVEL_3("", true, "Tỷ lệ hồ sơ trực tuyến (mức độ 3)", "Online dossier rate (level 3)"),
    /** Online share among dossiers of legacy level-4 procedures. */
    ONLINE_SHARE_LEVEL_4("", true, "Tỷ lệ hồ sơ trực tuyến (mức độ 4)", "Online dossier rate (level 4)"),
    /** Online share among dossiers of partial-online procedures. */
    ONLINE_SHARE_PARTIAL("", true, "Tỷ lệ hồ sơ trực tuyến (một phần)", "Online dossier rate (partial online)"),
    /** Online share among dossiers of full-online procedures. */
    ONLINE_SHARE_FULL("", true, "Tỷ lệ hồ sơ trực tuyến (toàn trình)", "Online dossier rate (full online)"),
    /** Dossiers filed or returned through the public postal service ÷ dossiers received. */
    POSTAL_SHARE("", true, "Tỷ lệ sử dụng bưu chính công ích", "Public postal service usage"),
    /** 2.1: dossiers finished (or still open at period end) within the due time ÷ dossiers measured. */
    ON_TIME("2.1", true, "Tỷ lệ hồ sơ đúng hạn", "On-time rate"),
    /** 3.6: dossiers paid online (flag 1 or 2) ÷ received dossiers of fee-bearing procedures. */
    ONLINE_PAYMENT("3.6", true, "Tỷ lệ thanh toán trực tuyến", "Online payment rate"),
    /** 4.1: dossiers with an electronic result ÷ dossiers with a result (processed or returned). */
    ELECTRONIC_RESULT("4.1", true, "Tỷ lệ cấp kết quả điện tử", "Electronic result rate"),
    /** 4.2: digitised dossiers ÷ dossiers received. */
    DIGITISED("4.2", true, "Tỷ lệ số hóa hồ sơ", "Digitised dossier rate"),
    /** 4.3: dossiers reusing digitised data ÷ dossiers received. */
    REUSE("4.3", true, "Tỷ lệ tái sử dụng dữ liệu số hóa", "Digitised data reuse rate"),
    /** 4.5: dossiers using population data or a VNeID-authenticated account ÷ dossiers received. */
    POPULATION_DATA("4.5", true, "Tỷ lệ khai thác dữ liệu dân cư, VNeID", "Population data / VNeID use"),
    /**
     * 5.4: 100% − (overdue rate + complaint/dislike rate), over the on-time denominator. As a rate: (measured −
     * late − measured with negative feedback) ÷ measured, floored at 0.
     */
    SATISFACTION("5.4", true, "Mức độ hài lòng", "Satisfaction"),
    /** 3.1: procedures offered online (partial or full) ÷ procedures in scope. */
    SERVICE_AVAILABILITY("3.1", false, "Tỷ lệ TTHC cung cấp trực tuyến", "Procedures offered online"),
    /** Procedures offered fully online (or at legacy level 4) ÷ procedures in scope. */
    FULL_ONLINE_SERVICES("", false, "Tỷ lệ DVC trực tuyến toàn trình", "Procedures offered fully online"),
    /** 3.5: fee-bearing procedures integrated with online payment ÷ fee-bearing procedures. */
    PAYMENT_INTEGRATION("3.5", false, "Tỷ lệ TTHC có phí tích hợp thanh toán trực tuyến",
            "Fee-bearing procedures with online payment");

    private final String formula;
    private final boolean fromDossiers;
    private final LocalizedText label;

    Metric(String formula, boolean fromDossiers, String vi, String en) {
        this.formula = formula;
        this.fromDossiers = fromDossiers;
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the formula number in the 766 formula sheet ({@code "2.1"}), or empty */
    public String formula() {
        return formula;
    }

    /** @return whether dossier facts give this metric (otherwise the procedure catalogue does) */
    public boolean fromDossiers() {
        return fromDossiers;
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The metric with a wire name, enum name, or formula number.
     *
     * @param text {@code "online-share"}, {@code "ONLINE_SHARE"} or {@code "3.3"}
     * @return the metric
     * @throws StatsException if none matches
     */
    @JsonCreator
    public static Metric parse(String text) {
        Objects.requireNonNull(text, "text");
        Optional<Metric> byName = Labelled.findIgnoringCase(Metric.class, text);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (text != null) {
            String t = text.strip();
            for (Metric m : values()) {
                if (m.name().equals(t) || (!m.formula.isEmpty() && m.formula.equals(t))) {
                    return m;
                }
            }
        }
        throw new StatsException("stats.metric.unknown", LocalizedText.of(
                "Không có chỉ số \"%s\" (%s, hoặc số công thức)", "Unknown metric \"%s\" (%s, or a formula number)")
                .formatted(text, Labelled.acceptedNames(Metric.class)));
    }
}
