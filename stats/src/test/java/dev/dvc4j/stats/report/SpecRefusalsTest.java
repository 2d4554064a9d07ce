package dev.dvc4j.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.StatsException;
import dev.dvc4j.stats.TimeSeries;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The refusals of report specs, settings, savings assumptions and averages: exact texts, each bound on both sides. */
class SpecRefusalsTest {

    static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");
    static final MeasureSettings S = MeasureSettings.wallClock(AS_OF);

    static void refused(ThrowingCallable call, String code, String en, String vi) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(en);
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        });
    }

    @Test
    void aReportSpecRefusesWhatItCannotCompute() {
        refused(() -> ReportSpec.builder(S).groupBy(Dimension.AGENCY, Dimension.PROVINCE, Dimension.AGENCY).build(), "stats.report.spec",
                "A grouping dimension is repeated: [AGENCY, PROVINCE, AGENCY]", "Chiều nhóm bị lặp: [AGENCY, PROVINCE, AGENCY]");
        Instant later = AS_OF.plusSeconds(1);
        refused(() -> ReportSpec.builder(S).period(later, AS_OF).build(), "stats.report.spec",
                "Empty period: from 2026-03-01T00:00:01Z to 2026-03-01T00:00:00Z",
                "Kỳ báo cáo rỗng: từ 2026-03-01T00:00:01Z đến 2026-03-01T00:00:00Z");
        assertThat(ReportSpec.builder(S).period(AS_OF, later).build().to()).isEqualTo(later);
        refused(() -> ReportSpec.builder(S).series(Dimension.PROVINCE, Metric.ON_TIME).build(), "stats.report.spec",
                "A series needs day, week or month: PROVINCE", "Chuỗi thời gian cần ngày, tuần hoặc tháng: PROVINCE");
        refused(() -> ReportSpec.builder(S).groupBy(Dimension.AGENCY, Dimension.PROVINCE).ranking(Ranking.byRate(), Metric.ON_TIME)
                .build(), "stats.report.spec", "A ranking needs exactly one grouping dimension", "Xếp hạng cần đúng một chiều nhóm");
        refused(() -> ReportSpec.builder(S).groupBy(Dimension.AGENCY).series(Dimension.MONTH, Metric.SERVICE_AVAILABILITY).build(),
                "stats.report.spec", "Series and rankings need dossier metrics", "Chuỗi và xếp hạng cần chỉ số từ hồ sơ");
        refused(() -> ReportSpec.builder(S).groupBy(Dimension.AGENCY).ranking(Ranking.byRate(), Metric.SERVICE_AVAILABILITY).build(),
                "stats.report.spec", "Series and rankings need dossier metrics", "Chuỗi và xếp hạng cần chỉ số từ hồ sơ");
        refused(() -> ReportSpec.builder(S).projectionWindowDays(0).build(), "stats.report.spec",
                "The projection window must be positive: 0", "Cửa sổ dự báo phải dương: 0");
        assertThat(ReportSpec.builder(S).projectionWindowDays(1).build().projectionWindowDays()).isEqualTo(1);
    }

    @Test
    void settingsAssumptionsAndAveragesRefuseNegativeValues() {
        refused(() -> S.withEarlyMarginMinutes(-1), "stats.settings.invalid", "The early margin cannot be negative: -1",
                "Ngưỡng sớm hạn không được âm: -1");
        assertThat(S.withEarlyMarginMinutes(0).earlyMarginMinutes()).isZero();
        Vnd zero = Vnd.of(0);
        Vnd minus = Vnd.of(-1);
        assertThat(new SavingsAssumptions(zero, zero, zero, 0).defaultDistanceKm()).isZero();
        for (ThrowingCallable bad : List.<ThrowingCallable>of(() -> new SavingsAssumptions(minus, zero, zero, 0),
                () -> new SavingsAssumptions(zero, minus, zero, 0), () -> new SavingsAssumptions(zero, zero, minus, 0),
                () -> new SavingsAssumptions(zero, zero, zero, -1))) {
            refused(bad, "stats.savings.invalid", "Savings assumptions cannot be negative", "Giả định chi phí không được âm");
        }
        TimeSeries ts = new TimeSeries(Dimension.DAY, Metric.ON_TIME, List.of());
        assertThat(ts.movingAverage(1)).isEmpty();
        refused(() -> ts.movingAverage(0), "stats.series.window", "The averaging window must be positive: 0",
                "Cửa sổ trung bình phải dương: 0");
        refused(() -> new TimeSeries(Dimension.AGENCY, Metric.ON_TIME, List.of()), "stats.series.granularity",
                "A time series needs day, week or month", "Chuỗi thời gian cần ngày, tuần hoặc tháng");
        refused(() -> TimeSeries.of(Dimension.AGENCY, Metric.ON_TIME, java.util.Map.of(), null, null), "stats.series.granularity",
                "A time series needs day, week or month", "Chuỗi thời gian cần ngày, tuần hoặc tháng");
    }
}
