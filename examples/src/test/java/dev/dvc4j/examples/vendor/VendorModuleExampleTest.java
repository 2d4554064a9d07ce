package dev.dvc4j.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.PostalTariffs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VendorModuleExampleTest {

    @Test
    void theProvinceModuleChangesDeadlinesAndPostageOnlyWhereItApplies() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VendorModuleExample.Outcome o = VendorModuleExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(o.nationalDue().atZone(Dvc4j.VIETNAM).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 12, 9, 0));
        assertThat(o.provinceDue().atZone(Dvc4j.VIETNAM).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 13, 9, 0));
        // Bundled: 26,000 + 26,000 at <=100 g intra-district; the applicant pays it all.
        assertThat(o.nationalQuote().tariffId()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        assertThat(o.nationalQuote().total()).isEqualTo(Vnd.of(52_000));
        // Vendor tariff: 25,000 per leg; the city caps the applicant at 10,000 per leg and pays the rest.
        assertThat(o.provinceQuote().tariffId()).isEqualTo("example-ha-tinh-bcci-2026");
        assertThat(o.provinceQuote().total()).isEqualTo(Vnd.of(50_000));
        assertThat(o.provinceQuote().applicantPays()).isEqualTo(Vnd.of(20_000));
        assertThat(o.provinceQuote().budgetPays()).isEqualTo(Vnd.of(30_000));
        // Elsewhere the vendor's tariff does not apply.
        assertThat(o.elsewhereQuote().tariffId()).isEqualTo(PostalTariffs.BUNDLED_TARIFF_ID);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("example-ha-tinh", "2026-10-13T09:00", "Calendar provided by: Provenance[module=example-ha-tinh");
    }

    @Test
    void mainRuns() {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            VendorModuleExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Vendor tariff");
    }
}
