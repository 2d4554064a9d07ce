package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What distributed engines ship between workers survives plain Java serialization. */
class SerializationTest {

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void bilingualTextsAndTargetAssessmentsSerialize() throws Exception {
        assertThat(roundTrip(LocalizedText.of("Trễ hạn", "Late"))).isEqualTo(LocalizedText.of("Trễ hạn", "Late"));
        TargetAssessment.Projection projection = new TargetAssessment.Projection(
                TargetAssessment.Outlook.values()[0], LocalDate.of(2026, 12, 31), BigDecimal.ONE, BigDecimal.TEN, 30);
        Target target = Target.rate("gplx-online", Metric.ONLINE_SHARE, BigDecimal.TEN, LocalDate.of(2026, 12, 31));
        TargetAssessment a = new TargetAssessment(target, Rate.of(7, 100), Optional.of(new BigDecimal("7.00")),
                Optional.empty(), false, projection);
        assertThat(roundTrip(a)).isEqualTo(a);
        Index766.Score card = Index766.bundled().score(indicator -> Optional.of(Rate.of(80, 100)));
        assertThat(roundTrip(card)).isEqualTo(card);
    }
}
