package dev.dvc4j.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Hash and digest fields accept exactly 64 hex digits (events and results: lower-case; documents: either case). */
class DigestValidationTest {

    static final Instant AT = Instant.parse("2026-02-10T02:00:00Z");
    static final String GOOD = "0123456789abcdef".repeat(4);

    @Test
    void anEventsPreviousHashMustBe64LowerCaseHexDigits() {
        for (String bad : new String[] {null, "", GOOD.substring(1), GOOD + "0", GOOD.toUpperCase(Locale.ROOT),
                GOOD.substring(1) + "g", GOOD.substring(1) + "é", GOOD.substring(1) + "\u0660"}) {
            assertThatThrownBy(() -> new Stopped(AT, "o", null, bad, "r")).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                        assertThat(e.getMessage(Locale.ENGLISH)).contains("64 lower-case hex digits");
                        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("64 chữ số hệ 16 viết thường");
                    });
        }
        assertThat(new Stopped(AT, "o", null, GOOD, "r").previousHash()).isEqualTo(GOOD);
    }

    @Test
    void aDocumentDigestIsNormalisedToLowerCaseAndOtherwiseRejected() {
        assertThat(new SubmittedDocument("TP1", "Đơn", GOOD.toUpperCase(Locale.ROOT), true, false, false).sha256())
                .isEqualTo(GOOD);
        for (String bad : new String[] {null, GOOD.substring(2), GOOD.substring(1) + "g", GOOD.substring(1) + "é"}) {
            assertThatThrownBy(() -> new SubmittedDocument("TP1", "Đơn", bad, true, false, false)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(Dvc4jException.class,
                            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("TP1").contains("64 hex digits"));
        }
    }

    @Test
    void aResultDigestIsOptionalButMustBeLowerCaseHex() {
        assertThat(new ResultDocument("KQ", "Kết quả", true, null).sha256()).isNull();
        assertThat(new ResultDocument("KQ", "Kết quả", true, GOOD).sha256()).isEqualTo(GOOD);
        assertThatThrownBy(() -> new ResultDocument("KQ", "Kết quả", true, GOOD.toUpperCase(Locale.ROOT)))
                .isInstanceOfSatisfying(Dvc4jException.class,
                        e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("64 lower-case hex digits"));
    }
}
