package dev.dvc4j.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutation fuzzing of holiday files: a layer or a {@link CalendarException} that speaks plainly, nothing else. */
class HostileHolidayDataProperties {

    static final String LAYER = """
            {"format": "dvc4j-holidays/1", "source": "Sở Nội vụ tỉnh X", "description": "thử",
             "years": [{"year": 2026, "complete": true, "notice": "CV 1",
               "entries": [{"date": "2026-01-01", "kind": "DAY_OFF", "name": {"vi": "Tết Dương lịch", "en": "New Year"},
                            "legalBasis": "BLLĐ 2019, Điều 112"},
                           {"from": "2026-02-16", "to": "2026-02-20", "kind": "day_off", "name": {"vi": "Tết", "en": "Tet"},
                            "legalBasis": "CV 2", "confidence": "unconfirmed"},
                           {"date": "2026-02-28", "kind": "WORKING_DAY", "name": {"vi": "Làm bù", "en": "Make-up day"},
                            "legalBasis": "CV 2"}]}]}""";

    @Provide
    Arbitrary<byte[]> hostileLayers() {
        return HostileInputs.withDefaultLimits().of(List.of(LAYER));
    }

    @Property(tries = 300)
    void aHostileHolidayFileIsReadOrRefusedPlainly(@ForAll("hostileLayers") byte[] doc) {
        long allocated = HostileInputs.allocatedBy(() -> {
            try {
                assertThat(HolidayData.read(new ByteArrayInputStream(doc))).isNotNull();
            } catch (CalendarException e) {
                HostileInputs.assertSpeaksPlainly(e);
            }
        });
        if (allocated >= 0) {
            assertThat(allocated).isLessThan(64L * doc.length + (64L << 20));
        }
    }
}
