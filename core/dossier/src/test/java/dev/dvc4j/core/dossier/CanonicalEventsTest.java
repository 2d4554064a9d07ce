package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written canonical JSON of events against its oracle, Jackson's canonical writer: every event type with
 * every optional property set and unset, every character, and the failure on an unpaired surrogate.
 */
class CanonicalEventsTest {

    static final ObjectWriter ORACLE = Dvc4jJson.canonical().writerFor(DossierEvent.class);
    static final Instant AT = Instant.parse("2026-02-10T02:00:00.123456789Z");
    static final String H = "b".repeat(64);
    static final String D = "c".repeat(64);

    static byte[] oracle(DossierEvent e) {
        try {
            return ORACLE.writeValueAsBytes(e);
        } catch (JsonProcessingException x) {
            throw new AssertionError(x);
        }
    }

    /** Compares the bytes, reporting the first difference with a little context rather than both documents. */
    static void assertSameBytes(DossierEvent e) {
        byte[] ours = CanonicalEvents.bytes(e);
        byte[] expected = oracle(e);
        int i = java.util.Arrays.mismatch(ours, expected);
        if (i >= 0) {
            int from = Math.max(0, i - 60);
            throw new AssertionError("%s: canonical bytes differ at %d (lengths %d, %d)%n ours:   …%s%n oracle: …%s".formatted(
                    e.type(), i, ours.length, expected.length,
                    new String(ours, from, Math.min(ours.length, i + 60) - from, StandardCharsets.UTF_8),
                    new String(expected, from, Math.min(expected.length, i + 60) - from, StandardCharsets.UTF_8)));
        }
    }

    static Filed filed(Applicant applicant, String note, String summary, List<SubmittedDocument> docs, List<Fee> fees) {
        return new Filed(AT, "portal", note, DossierEvent.GENESIS, DossierCode.parse("000.00.21.H42-260210-0001"),
                ProcedureCode.parse("1.002859.H42"), AgencyCode.parse("000.00.21.H42"), applicant, Channel.POSTAL,
                ResultDelivery.ONLINE, ProcessingPeriod.workingDays(5), summary, true, docs, fees);
    }

    /** One instance of each event type with every optional property set, and one with each left out. */
    static Map<String, List<DossierEvent>> samples() {
        Citizen full = new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), LocalDate.of(1995, 3, 1),
                new Contact(PhoneNumber.parse("0912345678"), "an@example.vn"), new Address("42", "18070", "12 Trần Phú"));
        Citizen bare = new Citizen("Trần Thị Bình", PersonalId.parse("001195001234"), null, null, null);
        Organisation org = new Organisation("Công ty CP \"Vận tải\" \\ Hà Tĩnh", TaxCode.parse("0100109106"), "Lê Văn C",
                new Contact(null, "lienhe@example.vn"), new Address(null, null, "Tầng 3"));
        Organisation orgBare = new Organisation("HTX Thanh Hóa", TaxCode.parse("0100109106"), null, Contact.NONE, null);
        List<SubmittedDocument> docs = List.of(new SubmittedDocument("TP1", "Đơn", D, true, false, true),
                new SubmittedDocument("TP2", "Bản sao", D, false, true, false));
        List<Fee> fees = List.of(new Fee("LP1", "Lệ phí", Vnd.of(50_000), FeeKind.FEE),
                new Fee("P1", "Phí", Vnd.of(Long.MAX_VALUE), FeeKind.CHARGE), new Fee("P0", "Miễn", Vnd.ZERO, FeeKind.FEE));
        Map<String, List<DossierEvent>> m = new LinkedHashMap<>();
        m.put("filed", List.of(filed(full, "ghi chú", "Cấp phù hiệu", docs, fees), filed(bare, null, null, List.of(), List.of()),
                filed(org, null, "x", docs, List.of()), filed(orgBare, "n", null, List.of(), fees)));
        m.put("received", List.of(new Received(AT, "o", "n", H, AT.plusSeconds(86_400)), new Received(AT, "o", null, H, AT)));
        m.put("refused-at-reception", List.of(new RefusedAtReception(AT, "o", "n", H, "Sai thẩm quyền"),
                new RefusedAtReception(AT, "o", null, H, "r")));
        m.put("processing-started", List.of(new ProcessingStarted(AT, "o", "n", H, "Phòng A"),
                new ProcessingStarted(AT, "o", null, H, null)));
        m.put("supplement-requested", List.of(new SupplementRequested(AT, "o", "n", H, "Thiếu"),
                new SupplementRequested(AT, "o", null, H, "r")));
        m.put("supplemented", List.of(new Supplemented(AT, "c", "n", H, docs, AT), new Supplemented(AT, "c", null, H, List.of(), AT)));
        m.put("obligation-requested", List.of(new ObligationRequested(AT, "o", "n", H, fees),
                new ObligationRequested(AT, "o", null, H, fees.subList(0, 1))));
        m.put("paid", List.of(new Paid(AT, "c", "n", H, new Payment(Vnd.of(70_000), PaymentMethod.NATIONAL_PORTAL, "TX1")),
                new Paid(AT, "c", null, H, new Payment(Vnd.of(1), PaymentMethod.CASH, null))));
        m.put("processed", List.of(
                new Processed(AT, "l", "n", H, Outcome.APPROVED, List.of(), List.of(new ResultDocument("KQ", "Kết quả", true, D),
                        new ResultDocument(null, "Bản giấy", false, null))),
                new Processed(AT, "l", null, H, Outcome.REJECTED, List.of("Lý do 1", "Lý do 2"), List.of())));
        m.put("result-returned", List.of(new ResultReturned(AT, "o", "n", H, ResultDelivery.POSTAL),
                new ResultReturned(AT, "o", null, H, ResultDelivery.COUNTER)));
        m.put("withdrawn", List.of(new Withdrawn(AT, "c", "n", H, "Không cần nữa"), new Withdrawn(AT, "c", null, H, null)));
        m.put("stopped", List.of(new Stopped(AT, "o", "n", H, "Dừng"), new Stopped(AT, "o", null, H, "r")));
        m.put("apologised", List.of(new Apologised(AT, "o", "n", H, AT.plusSeconds(60), "Xin lỗi"),
                new Apologised(AT, "o", null, H, AT.plusSeconds(60), "r")));
        return m;
    }

    @Test
    void everyEventTypeHasSamples() {
        Set<String> names = java.util.Arrays.stream(DossierEvent.class.getPermittedSubclasses())
                .map(Class::getName)
                .collect(Collectors.toSet());
        Set<String> sampled = samples().values().stream().flatMap(List::stream).map(e -> e.getClass().getName())
                .collect(Collectors.toSet());
        assertThat(sampled).as("a new event type needs a canonical form and samples here").isEqualTo(names);
    }

    @Test
    void everyEventTypeWritesTheOracleBytes() {
        samples().values().stream().flatMap(List::stream).forEach(CanonicalEventsTest::assertSameBytes);
    }

    @Test
    void everyFilledRecordComponentAppearsInTheCanonicalForm() {
        // Byte equality with the oracle already implies this; the message here names the missing property.
        for (List<DossierEvent> events : samples().values()) {
            DossierEvent e = events.get(0);
            String json = new String(CanonicalEvents.bytes(e), StandardCharsets.UTF_8);
            for (var rc : e.getClass().getRecordComponents()) {
                assertThat(json).as(e.type() + "." + rc.getName()).contains("\"" + rc.getName() + "\":");
            }
        }
    }

    @Test
    void everyCharacterIsEscapedOrEncodedAsJacksonDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.append('\uFFFF').appendCodePoint(0x1F600).appendCodePoint(0x10000).appendCodePoint(0x10FFFF).append("đ");
        String text = all.toString();
        assertSameBytes(new Stopped(AT, "o", text, H, text));
        assertSameBytes(new Withdrawn(AT, "o", "\u0000\u001f\u007f\"\\/\b\t\n\f\r\u2028", H, null));
    }

    @Test
    void aLongTextGrowsTheBufferAndTheNextHashStillMatches() {
        String big = "Hồ sơ ".repeat(40_000);
        assertSameBytes(new Stopped(AT, "o", big, H, "r"));
        assertSameBytes(new Stopped(AT, "o", "ngắn", H, "r"));
    }

    @Test
    void hashIsTheSha256OfTheOracleBytes() throws Exception {
        for (List<DossierEvent> events : samples().values()) {
            for (DossierEvent e : events) {
                String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(oracle(e)));
                assertThat(Dossier.hash(e)).isEqualTo(expected);
            }
        }
    }

    @Test
    void surrogatesPairedOrNotAreEscapedAsInJackson() {
        for (String text : List.of("a\uD800", "\uDC00b", "\uD800\uD800x", "😀 Hà Nội 𐀀")) {
            assertSameBytes(new Stopped(AT, "o", text, H, text));
        }
        assertThat(new String(CanonicalEvents.bytes(new Withdrawn(AT, "o", "😀", H, null)), StandardCharsets.UTF_8))
                .contains("\"note\":\"\\uD83D\\uDE00\"");
    }
}
