package dev.dvc4j.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Feedback;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metric;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.TargetAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text table and the CSV, character for character, for a report small enough to check by hand. */
class ReportTextTest {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final ReportRenderer EN_R = ReportRenderer.of(Locale.ENGLISH);
    static final ReportRenderer VI_R = ReportRenderer.of(VI);
    static final Instant T0 = LocalDateTime.parse("2026-03-02T08:00").toInstant(ZoneOffset.ofHours(7));

    static DossierFacts.Builder fact(String province, Channel channel, int level, int dueDays) {
        return DossierFacts.builder().agency("A").procedure("1.1").sector("S").province(province).channel(channel)
                .legacyLevel(level).filedAt(T0).receivedAt(T0).dueAt(T0.plusSeconds(dueDays * 86_400L));
    }

    /**
     * In province 42 one online dossier finished early (after 1 day of 5) and one in person late (9 of 2); one online
     * dossier without a province is still open past its due date on the 20th of March.
     */
    static StatsReport small(Feedback feedback) {
        List<DossierFacts> facts = List.of(
                fact("42", Channel.ONLINE, 4, 5).finishedAt(T0.plusSeconds(86_400)).status(DossierStatus.RESULT_RETURNED)
                        .feedback(feedback).build(),
                fact("42", Channel.IN_PERSON, 3, 2).finishedAt(T0.plusSeconds(9 * 86_400)).status(DossierStatus.RESULT_RETURNED)
                        .build(),
                fact("", Channel.ONLINE, 4, 5).status(DossierStatus.PROCESSING).build());
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-20T00:00:00Z")))
                .groupBy(Dimension.PROVINCE).build();
        return ReportAccumulator.compute(spec, facts);
    }

    @Test
    void theTextTableAlignsNamesLeftAndFiguresRight() {
        assertThat(EN_R.text(small(Feedback.NONE))).isEqualTo("""
                PUBLIC SERVICE STATISTICS
                Period: … → …; as of 2026-03-20T07:00:00+07:00

                Province  Received  Online dossier rate  On-time rate  Online payment rate  Electronic result rate  Digitised dossier rate  Satisfaction
                --------  --------  -------------------  ------------  -------------------  ----------------------  ----------------------  ------------
                —                1              100.00%         0.00%                    —                       —                   0.00%         0.00%
                42               2               50.00%        50.00%                    —                   0.00%                   0.00%        50.00%
                Total            3               66.67%        33.33%                    —                   0.00%                   0.00%        33.33%

                On time (2.1): 33.33% — early 1, on time 0, late 2 (open 1, unmeasured 0)
                Average resolution time (2.2): 7,200.00 minutes
                Other rates: Public postal service usage 0.00%; Digitised data reuse rate 0.00%; Population data / VNeID use 0.00%; \
                Online dossier rate (level 3) 0.00%; Online dossier rate (level 4) 100.00%; \n\
                Note: Satisfaction (5.4) = 100% − (late rate + complaint or dislike rate). No dossier recorded a complaint or a \
                dislike, so here it equals the on-time rate: an on-time proxy, not a measured satisfaction.
                """);
        String vi = VI_R.text(small(Feedback.NONE));
        assertThat(vi).startsWith("BÁO CÁO THỐNG KÊ DỊCH VỤ CÔNG\nKỳ: … → …; tính đến 2026-03-20T07:00:00+07:00\n\nTỉnh  Tiếp nhận  ")
                .contains("\nTổng          3                  66,67%                33,33%                            —  ")
                .contains("\nĐúng hạn (2.1): 33,33% — sớm hạn 1, đúng hạn 0, trễ hạn 2 (đang xử lý 1, không đo được 0)\n")
                .contains("\nThời gian giải quyết trung bình (2.2): 7.200,00 phút\n")
                .contains("\nGhi chú: Mức độ hài lòng (5.4) = 100% − (tỷ lệ trễ hạn + tỷ lệ phản ánh, không hài lòng).");
    }

    @Test
    void theSatisfactionNoteAppearsOnlyWhenNoDossierRecordedAComplaintOrADislike() {
        assertThat(EN_R.notes(small(Feedback.NONE).overall())).singleElement().asString().startsWith("Satisfaction (5.4)");
        assertThat(EN_R.notes(small(Feedback.SATISFIED).overall())).hasSize(1);
        assertThat(EN_R.notes(small(Feedback.COMPLAINT).overall())).isEmpty();
        assertThat(EN_R.notes(small(Feedback.DISSATISFIED).overall())).isEmpty();
        assertThat(EN_R.text(small(Feedback.COMPLAINT))).doesNotContain("Note:");
        // No dossier measured: satisfaction does not apply, so there is nothing to explain.
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-20T00:00:00Z"))).build();
        assertThat(EN_R.notes(ReportAccumulator.compute(spec, List.of()).overall())).isEmpty();
    }

    @Test
    void theCsvHasOneRowPerGroupAndATotalWithRawFigures() {
        String[] en = EN_R.csv(small(Feedback.NONE)).split("\n", -1);
        assertThat(en).hasSize(5);
        assertThat(en[0]).startsWith("province,received,online-share numerator,online-share denominator,online-share percent,")
                .endsWith(",satisfaction percent,early,on time,late,open,unmeasured,average resolution minutes");
        assertThat(en[1]).isEqualTo(",1,1,1,100.00,0,0,—,1,1,100.00,0,0,—,1,1,100.00,0,1,0.00,0,1,0.00,0,0,—,0,0,—,0,1,0.00,"
                + "0,1,0.00,0,1,0.00,0,1,0.00,0,0,1,1,0,—");
        assertThat(en[2]).isEqualTo("42,2,1,2,50.00,0,1,0.00,1,1,100.00,0,1,0.00,1,1,100.00,0,2,0.00,1,2,50.00,0,0,—,0,2,"
                + "0.00,0,2,0.00,0,2,0.00,0,2,0.00,1,2,50.00,1,0,1,0,0,7200.00");
        assertThat(en[3]).isEqualTo("total,3,2,3,66.67,0,1,0.00,2,2,100.00,0,1,0.00,2,2,100.00,0,3,0.00,1,3,33.33,0,0,—,0,2,"
                + "0.00,0,3,0.00,0,3,0.00,0,3,0.00,1,3,33.33,1,0,2,1,0,7200.00");
        assertThat(en[4]).isEmpty();
        String[] vi = VI_R.csv(small(Feedback.NONE)).split("\n");
        // A cell holding the decimal comma or a comma of its own is quoted.
        assertThat(vi[0]).startsWith("Tỉnh,Tiếp nhận,Tỷ lệ hồ sơ trực tuyến - tử số,Tỷ lệ hồ sơ trực tuyến - mẫu số,")
                .contains(",\"Tỷ lệ khai thác dữ liệu dân cư, VNeID - tử số\",")
                .endsWith(",Sớm hạn,Đúng hạn,Trễ hạn,Đang xử lý,Không đo được,Thời gian giải quyết TB (phút)");
        assertThat(vi[2]).isEqualTo("42,2,1,2,\"50,00\",0,1,\"0,00\",1,1,\"100,00\",0,1,\"0,00\",1,1,\"100,00\",0,2,\"0,00\","
                + "1,2,\"50,00\",0,0,—,0,2,\"0,00\",0,2,\"0,00\",0,2,\"0,00\",0,2,\"0,00\",1,2,\"50,00\",1,0,1,0,0,\"7200,00\"");
        assertThat(vi[3]).startsWith("Tổng,3,");
        // Without grouping: no grouping column and no group rows; the total row starts with its figures.
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-20T00:00:00Z"))).build();
        String[] flat = EN_R.csv(ReportAccumulator.compute(spec, List.of())).split("\n");
        assertThat(flat[0]).startsWith("received,online-share numerator,");
        assertThat(flat).hasSize(2);
        assertThat(flat[1]).startsWith("0,0,0,—,").endsWith(",0,0,0,0,0,—");
    }

    @Test
    void aQuoteInACsvCellIsDoubled() {
        StringBuilder out = new StringBuilder();
        ReportRenderer.csvLine(out, List.of("a\"b", "c,d", "e\nf", "g"));
        assertThat(out).hasToString("\"a\"\"b\",\"c,d\",\"e\nf\",g\n");
    }

    @Test
    void numbersUseTheLanguagesSeparators() {
        assertThat(EN_R.count(0)).isEqualTo("0");
        assertThat(EN_R.count(999)).isEqualTo("999");
        assertThat(EN_R.count(1000)).isEqualTo("1,000");
        assertThat(EN_R.count(123_456)).isEqualTo("123,456");
        assertThat(EN_R.count(-1_234_567)).isEqualTo("-1,234,567");
        assertThat(VI_R.count(-1_234_567)).isEqualTo("-1.234.567");
        assertThat(EN_R.number(new BigDecimal("1234.50"))).isEqualTo("1,234.50");
        assertThat(VI_R.number(new BigDecimal("1234.50"))).isEqualTo("1.234,50");
        assertThat(VI_R.number(new BigDecimal("12"))).isEqualTo("12");
        assertThat(EN_R.number(new BigDecimal("-0.5"))).isEqualTo("-0.5");
        assertThat(EN_R.money(Vnd.of(1_234_000))).isEqualTo("1,234,000 VND");
        assertThat(VI_R.money(Vnd.of(1_234_000))).isEqualTo("1.234.000 đ");
        assertThat(VI_R.percent(Rate.of(1, 3))).isEqualTo("33,33%");
        assertThat(VI_R.percent(Rate.NOT_APPLICABLE)).isEqualTo("—");
    }

    static TargetAssessment assessment(TargetAssessment.Outlook outlook, LocalDate on) {
        Target t = Target.rate("online", Metric.ONLINE_SHARE, BigDecimal.valueOf(50), LocalDate.of(2026, 6, 30));
        return new TargetAssessment(t, Rate.of(1, 4), Optional.of(new BigDecimal("25.00")), Optional.of(new BigDecimal("50.00")),
                false, new TargetAssessment.Projection(outlook, on, BigDecimal.ONE, BigDecimal.TEN, 28));
    }

    @Test
    void eachOutlookOfATargetIsWordedInBothLanguages() {
        StatsReport base = small(Feedback.NONE);
        LocalDate on = LocalDate.of(2026, 5, 2);
        List<TargetAssessment> all = List.of(assessment(TargetAssessment.Outlook.MET, null),
                assessment(TargetAssessment.Outlook.ON_TRACK, on), assessment(TargetAssessment.Outlook.LATE, on),
                assessment(TargetAssessment.Outlook.NOT_REACHED, null), assessment(TargetAssessment.Outlook.UNKNOWN, null));
        StatsReport r = new StatsReport(base.spec(), base.overall(), base.groups(), List.of(), all, null, java.util.Map.of(),
                null, null, 0, null);
        assertThat(EN_R.text(r)).contains("""

                TARGETS
                Target  Metric               Goal  Actual  Attainment   Status                       Projection
                ------  -------------------  ----  ------  ----------  -------  -------------------------------
                online  Online dossier rate   50%  25.00%      50.00%  not met                              met
                online  Online dossier rate   50%  25.00%      50.00%  not met             on track, 2026-05-02
                online  Online dossier rate   50%  25.00%      50.00%  not met                 late, 2026-05-02
                online  Online dossier rate   50%  25.00%      50.00%  not met  not reached at the current pace
                online  Online dossier rate   50%  25.00%      50.00%  not met                  not enough data
                """);
        assertThat(VI_R.text(r)).contains("  chưa đạt  ", "  đã đạt\n", "  đạt vào 2026-05-02\n", "  trễ, đạt vào 2026-05-02\n",
                "  không đạt với tốc độ hiện tại\n", "  chưa đủ dữ liệu\n");
    }

    @Test
    void aReportWithoutGroupingShowsItsPeriodInputAndTotalOnly() {
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-20T00:00:00Z")))
                .period(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")).build();
        Instant later = Instant.parse("2026-03-05T00:00:00Z");
        StatsReport r = ReportAccumulator.compute(spec, List.of(fact("42", Channel.ONLINE, 4, 5).status(DossierStatus.PROCESSING).build(),
                fact("42", Channel.ONLINE, 4, 5).filedAt(later).receivedAt(later).dueAt(later.plusSeconds(86_400))
                        .status(DossierStatus.PROCESSING).build()));
        // A problem without a position (a record the sink refused, as a caller may report it) shows its message only.
        r = r.withInput(new ReadSummary("", 3, 1, 1, 1, List.of(new ReadProblem("", 0, 0, "", "calendar.out-of-range",
                LocalizedText.of("ngoài phạm vi", "out of range")))));
        assertThat(EN_R.text(r)).startsWith("""
                PUBLIC SERVICE STATISTICS
                Period: 2026-03-01T07:00:00+07:00 → 2026-03-03T07:00:00+07:00; as of 2026-03-20T07:00:00+07:00
                Input: 3 lines, 1 facts, 1 malformed rows
                  out of range
                Outside the period: 1

                       Received  Online dossier rate  On-time rate  Online payment rate  Electronic result rate  Digitised dossier rate  Satisfaction
                -----  --------  -------------------  ------------  -------------------  ----------------------  ----------------------  ------------
                Total         1              100.00%         0.00%                    —                       —                   0.00%         0.00%

                On time (2.1): 0.00% — early 0, on time 0, late 1 (open 1, unmeasured 0)
                Average resolution time (2.2): —
                """);
        assertThat(VI_R.text(r)).contains("\nĐầu vào: 3 dòng, 1 hồ sơ, 1 dòng lỗi\n  ngoài phạm vi\nNgoài kỳ: 1\n\n      Tiếp nhận  ",
                "\nTổng          1   ");
        // Nothing outside the period: no such line.
        assertThat(EN_R.text(small(Feedback.NONE))).doesNotContain("Outside the period");
    }

    @Test
    void theRankingIndexSeriesAndSavingsSectionsOfAFullReport() {
        StatsReport r = ReportAccumulator.compute(ReportTest.spec(), ReportTest.facts(300));
        String en = EN_R.text(r);
        assertThat(en).contains("""

                RANKING BY On-time rate (Wilson 95% lower bound)
                Rank  Province     Rate  Ranked value             Sample
                ----  --------  -------  ------------  -----------------
                1     44        100.00%        67.56%   8 (small sample)
                2     82        100.00%        64.57%   7 (small sample)
                3=    15        100.00%        60.97%   6 (small sample)
                3=    52        100.00%        60.97%   6 (small sample)
                3=    86        100.00%        60.97%   6 (small sample)
                4     14         90.00%        59.58%  10 (small sample)
                """, """
                DECISION 766 INDEX
                Id    Indicator                               Rate  Score  Max
                ----  ------------------------------------  ------  -----  ---
                1.1   Procedures published on time          90.00%   3.60    4
                1.x*  Other transparency indicators              —      —   14
                """, """
                      Satisfaction                                   5.58   18
                      Total                                         45.82  100
                * weight not confirmed; scorable points: 64/100

                TIME SERIES Week — On-time rate
                Start       Received     Rate  7-period mean  7-period rate
                ----------  --------  -------  -------------  -------------
                2026-01-05         0        —           0.00              —
                2026-01-12        22  100.00%          11.00        100.00%
                """, """
                ESTIMATED CITIZEN SAVINGS
                Trips avoided: 104; km: 26,934; travel saved: 18,667,000 VND; postal fees: 250,000 VND; net: 18,417,000 VND
                Assumptions: 500 VND/km, 50,000 VND/trip, 10,000 VND/postal leg
                """);
        assertThat(VI_R.text(r)).contains("\nXẾP HẠNG THEO Tỷ lệ hồ sơ đúng hạn (cận dưới Wilson 95%)\n",
                "  8 (mẫu nhỏ)\n", "\nCHỈ SỐ 766\n", "* trọng số chưa được xác nhận; điểm tính được: 64/100\n",
                "\nTIẾT KIỆM ƯỚC TÍNH CHO NGƯỜI DÂN\nChuyến đi tránh được: 104; km: 26.934; chi phí đi lại tiết kiệm: 18.667.000 đ; "
                        + "cước bưu chính: 250.000 đ; tiết kiệm ròng: 18.417.000 đ\nGiả định: 500 đ/km, 50.000 đ/chuyến, "
                        + "10.000 đ/lượt bưu chính\n");
    }

    @Test
    void everyGroupingColumnIsAlignedLeft() {
        ReportSpec spec = ReportSpec.builder(MeasureSettings.wallClock(Instant.parse("2026-03-20T00:00:00Z")))
                .groupBy(Dimension.PROVINCE, Dimension.CHANNEL).build();
        StatsReport r = ReportAccumulator.compute(spec, List.of(fact("42", Channel.ONLINE, 4, 5).status(DossierStatus.PROCESSING).build(),
                fact("1", Channel.IN_PERSON, 3, 5).status(DossierStatus.PROCESSING).build()));
        assertThat(EN_R.text(r)).contains("""

                Province  Channel    Received  Online dossier rate  On-time rate  Online payment rate  Electronic result rate  Digitised dossier rate  Satisfaction
                --------  ---------  --------  -------------------  ------------  -------------------  ----------------------  ----------------------  ------------
                1         in-person         1                0.00%         0.00%                    —                       —                   0.00%         0.00%
                42        online            1              100.00%         0.00%                    —                       —                   0.00%         0.00%
                Total                       2               50.00%         0.00%                    —                       —                   0.00%         0.00%
                """);
    }

    @Test
    void aProblemShowsWhateverPositionItHas() {
        StatsReport base = small(Feedback.NONE);
        LocalizedText text = LocalizedText.of("ngoài phạm vi", "out of range");
        StatsReport r = base.withInput(new ReadSummary("facts.csv", 9, 5, 4, 0, List.of(
                new ReadProblem("facts.csv", 0, 0, "", "x", text), new ReadProblem("", 0, 0, "$.filedAt", "x", text),
                new ReadProblem("", 7, 3, "", "x", text), new ReadProblem("", 0, 0, "", "x", text))));
        assertThat(EN_R.text(r)).contains("\n  facts.csv: out of range\n  ($.filedAt): out of range\n  Line 7:3: out of range\n"
                + "  out of range\n");
        assertThat(VI_R.text(r)).contains("\n  facts.csv: ngoài phạm vi\n  ($.filedAt): ngoài phạm vi\n  Dòng 7:3: ngoài phạm vi\n"
                + "  ngoài phạm vi\n");
    }

    @Test
    void aCsvCellStartingWithACommaAQuoteOrALineBreakIsQuotedToo() {
        StringBuilder out = new StringBuilder();
        ReportRenderer.csvLine(out, List.of(",a", "\"a", "\na", "a"));
        assertThat(out).hasToString("\",a\",\"\"\"a\",\"\na\",a\n");
    }
}
