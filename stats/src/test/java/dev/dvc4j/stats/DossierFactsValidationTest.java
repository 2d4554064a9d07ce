package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Facts refuse times no instant can hold, with a clear error, and the builder can go on. */
class DossierFactsValidationTest {

    static DossierFacts.Builder valid() {
        return DossierFacts.builder().code("c").channel(Channel.ONLINE).status(DossierStatus.FILED)
                .filedAt(Instant.parse("2026-03-02T02:00:00Z"));
    }

    @Test
    void epochSecondsOutsideTheInstantRangeAreRefused() {
        DossierFacts.Builder b = valid().dueEpochSecond(Long.MAX_VALUE - 1);
        assertThatThrownBy(b::build).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.code()).isEqualTo("stats.facts.invalid");
            assertThat(e.getMessage(Locale.ENGLISH)).contains("The due time").contains("outside the representable range");
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("nằm ngoài phạm vi thời gian");
        });
        assertThatThrownBy(() -> valid().addSupplementEpochSeconds(Instant.parse("2026-03-03T02:00:00Z").getEpochSecond(),
                Long.MAX_VALUE - 5).build()).isInstanceOf(StatsException.class).hasMessageContaining("supplement");
        // the builder is unchanged by a failed build: fixing the field makes it valid
        assertThat(b.dueAt(Instant.parse("2026-03-09T02:00:00Z")).build().dueAt()).isEqualTo(Instant.parse("2026-03-09T02:00:00Z"));
    }

    static void refused(DossierFacts.Builder b, String en, String vi) {
        assertThatThrownBy(b::build).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.code()).isEqualTo("stats.facts.invalid");
            assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(en);
            assertThat(e.getMessage(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        });
    }

    @Test
    void eachRequiredPartIsNamedWhenMissing() {
        refused(valid().channel(null), "The channel is missing", "Thiếu kênh thực hiện");
        refused(valid().status(null), "The status is missing", "Thiếu trạng thái hồ sơ");
        refused(valid().filedEpochSecond(DossierFacts.NO_TIME), "The filing time is missing", "Thiếu thời điểm nộp hồ sơ");
    }

    @Test
    void eachNumberIsCheckedOnBothSidesOfItsRange() {
        for (int ok : new int[] {0, 4}) {
            assertThat(valid().legacyLevel(ok).build().legacyLevel()).isEqualTo(ok);
        }
        refused(valid().legacyLevel(-1), "Service level -1 is not 0–4", "Mức độ dịch vụ -1 không hợp lệ (0–4)");
        refused(valid().legacyLevel(5), "Service level 5 is not 0–4", "Mức độ dịch vụ 5 không hợp lệ (0–4)");
        for (int ok : new int[] {0, 2}) {
            assertThat(valid().paymentFlag(ok).build().paymentFlag()).isEqualTo(ok);
        }
        refused(valid().paymentFlag(3), "Online payment flag 3 is not 0, 1 or 2", "Cờ thanh toán trực tuyến 3 không hợp lệ (0, 1, 2)");
        refused(valid().paymentFlag(-1), "Online payment flag -1 is not 0, 1 or 2", "Cờ thanh toán trực tuyến -1 không hợp lệ (0, 1, 2)");
        assertThat(valid().legalMaxMinutes(-1).build().legalMaxMinutes()).isEqualTo(-1);
        refused(valid().legalMaxMinutes(-2), "Legal maximum of -2 minutes is invalid", "Thời hạn tối đa -2 phút không hợp lệ");
        assertThat(valid().distanceKm(-1).build().distanceKm()).isEqualTo(-1);
        refused(valid().distanceKm(-2), "Distance of -2 km is invalid", "Khoảng cách -2 km không hợp lệ");
    }

    @Test
    void noTimeIsBeforeTheFilingTime() {
        Instant filed = Instant.parse("2026-03-02T02:00:00Z");
        long f = filed.getEpochSecond();
        assertThat(valid().receivedEpochSecond(f).dueEpochSecond(f).finishedEpochSecond(f).returnedEpochSecond(f)
                .addSupplementEpochSeconds(f, f).build().supplementCount()).isEqualTo(1);
        String at = "2026-03-02T01:59:59Z";
        String was = " time " + at + " is before the filing time 2026-03-02T02:00:00Z";
        String vi = " " + at + " trước thời điểm nộp 2026-03-02T02:00:00Z";
        refused(valid().receivedEpochSecond(f - 1), "The receipt" + was, "Thời điểm tiếp nhận" + vi);
        refused(valid().dueEpochSecond(f - 1), "The due" + was, "Thời điểm hẹn trả" + vi);
        refused(valid().finishedEpochSecond(f - 1), "The end of processing" + was, "Thời điểm kết thúc xử lý" + vi);
        refused(valid().returnedEpochSecond(f - 1), "The result return" + was, "Thời điểm trả kết quả" + vi);
        refused(valid().addSupplementEpochSeconds(f - 1, DossierFacts.NO_TIME), "The supplement request" + was,
                "Thời điểm yêu cầu bổ sung" + vi);
        refused(valid().addSupplementEpochSeconds(f + 10, f + 9), "A supplement was completed (2026-03-02T02:00:09Z) before "
                + "it was requested (2026-03-02T02:00:10Z)", "Bổ sung xong (2026-03-02T02:00:09Z) trước khi yêu cầu (2026-03-02T02:00:10Z)");
        refused(valid().addSupplementEpochSeconds(DossierFacts.NO_TIME, f + 9), "A supplement request time is missing",
                "Thiếu thời điểm yêu cầu bổ sung");
        // The second supplement is checked too.
        refused(valid().addSupplementEpochSeconds(f, f).addSupplementEpochSeconds(f + 10, f + 9),
                "A supplement was completed (2026-03-02T02:00:09Z) before it was requested (2026-03-02T02:00:10Z)",
                "Bổ sung xong (2026-03-02T02:00:09Z) trước khi yêu cầu (2026-03-02T02:00:10Z)");
    }

    @Test
    void theInstantRangeIsCheckedOnBothSides() {
        long max = Instant.MAX.getEpochSecond();
        long min = Instant.MIN.getEpochSecond();
        assertThat(valid().dueEpochSecond(max).build().dueAt()).isEqualTo(Instant.ofEpochSecond(max));
        refused(valid().dueEpochSecond(max + 1), "The due time " + (max + 1) + " (epoch seconds) is outside the representable range",
                "Thời điểm hẹn trả " + (max + 1) + " (giây kể từ 1970) nằm ngoài phạm vi thời gian");
        assertThat(valid().filedEpochSecond(min).build().filedAt()).isEqualTo(Instant.MIN);
        refused(valid().filedEpochSecond(min - 1), "The filing time " + (min - 1) + " (epoch seconds) is outside the representable range",
                "Thời điểm nộp hồ sơ " + (min - 1) + " (giây kể từ 1970) nằm ngoài phạm vi thời gian");
        for (String[] part : new String[][] {{"receipt", "tiếp nhận"}, {"end of processing", "kết thúc xử lý"},
            {"result return", "trả kết quả"}, {"supplement", "bổ sung"}}) {
            DossierFacts.Builder b = switch (part[0]) {
                case "receipt" -> valid().receivedEpochSecond(max + 1);
                case "end of processing" -> valid().finishedEpochSecond(max + 1);
                case "result return" -> valid().returnedEpochSecond(max + 1);
                default -> valid().addSupplementEpochSeconds(Instant.parse("2026-03-03T02:00:00Z").getEpochSecond(), max + 1);
            };
            refused(b, "The " + part[0] + " time " + (max + 1) + " (epoch seconds) is outside the representable range",
                    "Thời điểm " + part[1] + " " + (max + 1) + " (giây kể từ 1970) nằm ngoài phạm vi thời gian");
        }
    }

    @Test
    void factsAreEqualExactlyWhenEveryFieldIs() {
        DossierFacts f = valid().agency("A").procedure("P").sector("S").province("42").receivedEpochSecond(1772416800L)
                .addSupplementEpochSeconds(1772416800L, DossierFacts.NO_TIME).build();
        DossierFacts same = f.toBuilder().build();
        assertThat(f).isEqualTo(f).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("c");
        java.util.List<DossierFacts> others = java.util.List.of(f.toBuilder().code("d").build(), f.toBuilder().agency("B").build(),
                f.toBuilder().procedure("Q").build(), f.toBuilder().sector("T").build(), f.toBuilder().province("43").build(),
                f.toBuilder().channel(Channel.POSTAL).build(), f.toBuilder().status(DossierStatus.PROCESSING).build(),
                f.toBuilder().legacyLevel(4).build(), f.toBuilder().filedEpochSecond(1772416799L).build(),
                f.toBuilder().receivedEpochSecond(1772416801L).build(), f.toBuilder().dueEpochSecond(1772416801L).build(),
                f.toBuilder().finishedEpochSecond(1772416801L).build(), f.toBuilder().returnedEpochSecond(1772416801L).build(),
                f.toBuilder().paymentFlag(1).build(), f.toBuilder().feeBearing(true).build(), f.toBuilder().digitised(true).build(),
                f.toBuilder().reused(true).build(), f.toBuilder().electronicResult(true).build(), f.toBuilder().vneid(true).build(),
                f.toBuilder().populationData(true).build(), f.toBuilder().feedback(Feedback.COMPLAINT).build(),
                f.toBuilder().resultDelivery(dev.dvc4j.core.dossier.ResultDelivery.values()[0]).build(),
                f.toBuilder().onlineMode(dev.dvc4j.core.procedure.OnlineMode.FULL).build(),
                f.toBuilder().legalMaxMinutes(60).build(), f.toBuilder().distanceKm(3).build(),
                f.toBuilder().clearSupplements().build(),
                f.toBuilder().clearSupplements().addSupplementEpochSeconds(1772416800L, 1772416900L).build());
        for (DossierFacts o : others) {
            assertThat(o).as(o.toString()).isNotEqualTo(f);
            assertThat(f).as(o.toString()).isNotEqualTo(o);
            assertThat(o.hashCode()).as(o.toString()).isNotEqualTo(f.hashCode());
        }
    }
}
