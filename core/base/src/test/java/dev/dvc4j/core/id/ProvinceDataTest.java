package dev.dvc4j.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A province record refuses each field that is missing or wrong, naming it, and reads its validity both ways. */
class ProvinceDataTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);

    private static Province province(String code, String name, LocalDate from, LocalDate to, String basis,
                                     String source, String successor) {
        return new Province(code, name, from, to, basis, source, false, successor);
    }

    private static void refused(String field, Runnable make) {
        assertThatThrownBy(make::run).isInstanceOfSatisfying(Dvc4jException.class, e -> {
            assertThat(e.code()).isEqualTo("id.province.data");
            assertThat(e.text().en()).startsWith("Invalid province data: field " + field + " = ");
        });
    }

    @Test
    void eachFieldIsChecked() {
        Province ok = province("42", "Hà Tĩnh", FROM, TO, "Resolution 202/2025/QH15", "GSO", "43");
        assertThat(ok.successor()).contains("43");
        assertThat(ok.end()).contains(TO);
        refused("code", () -> province("4", "Hà Tĩnh", FROM, null, "R", "GSO", null));
        refused("code", () -> province(null, "Hà Tĩnh", FROM, null, "R", "GSO", null));
        refused("name", () -> province("42", " ", FROM, null, "R", "GSO", null));
        refused("name", () -> province("42", null, FROM, null, "R", "GSO", null));
        refused("validFrom", () -> province("42", "Hà Tĩnh", null, null, "R", "GSO", null));
        refused("validTo", () -> province("42", "Hà Tĩnh", FROM, FROM.minusDays(1), "R", "GSO", null));
        refused("legalBasis", () -> province("42", "Hà Tĩnh", FROM, null, " ", "GSO", null));
        refused("legalBasis", () -> province("42", "Hà Tĩnh", FROM, null, null, "GSO", null));
        refused("codeSource", () -> province("42", "Hà Tĩnh", FROM, null, "R", "", null));
        refused("codeSource", () -> province("42", "Hà Tĩnh", FROM, null, "R", null, null));
        refused("successorCode", () -> province("42", "Hà Tĩnh", FROM, null, "R", "GSO", "43"));
        refused("successorCode", () -> province("42", "Hà Tĩnh", FROM, TO, "R", "GSO", "4x"));
    }

    @Test
    void validFromItsFirstToItsLastDay() {
        Province closed = province("42", "Hà Tĩnh", FROM, FROM, "R", "GSO", null);
        assertThat(closed.isValidOn(FROM)).isTrue();
        assertThat(closed.isValidOn(FROM.minusDays(1))).isFalse();
        assertThat(closed.isValidOn(FROM.plusDays(1))).isFalse();
        Province open = province("42", "Hà Tĩnh", FROM, null, "R", "GSO", null);
        assertThat(open.isValidOn(LocalDate.of(2199, 1, 1))).isTrue();
        assertThat(open.end()).isEmpty();
        assertThat(open.successor()).isEmpty();
        assertThat(open).hasToString("42 Hà Tĩnh [2025-07-01..]");
        assertThat(closed).hasToString("42 Hà Tĩnh [2025-07-01..2025-07-01]");
    }
}
