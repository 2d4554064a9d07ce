package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.testkit.DossierArbitraries;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutation fuzzing of the dossier wire format: for hostile variants of arbitrary legal dossiers and events, reading
 * gives a value or a {@link WireFormatException} that speaks plainly, never another exception, and allocates memory
 * bounded by the input.
 */
class HostileWireFormatProperties {

    @Provide
    Arbitrary<byte[]> hostileDossiers() {
        return HostileInputs.withDefaultLimits().of(DossierArbitraries.dossiers()
                .map(d -> Dvc4jJson.write(d).getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> hostileEvents() {
        return HostileInputs.withDefaultLimits().of(DossierArbitraries.dossiers()
                .map(d -> Dvc4jJson.write(d.events().get(d.events().size() - 1)).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void aHostileDossierIsReadOrRefusedPlainly(@ForAll("hostileDossiers") byte[] doc) {
        readOrRefuse(doc, Dossier.class);
    }

    @Property(tries = 200)
    void aHostileEventIsReadOrRefusedPlainly(@ForAll("hostileEvents") byte[] doc) {
        readOrRefuse(doc, DossierEvent.class);
    }

    static void readOrRefuse(byte[] doc, Class<?> type) {
        long allocated = HostileInputs.allocatedBy(() -> readOrRefusePlainly(doc, type));
        if (allocated >= 0) {
            assertThat(allocated).isLessThan(64L * doc.length + (64L << 20));
        }
    }

    /**
     * Reads the bytes as a value of the type: a value, or a {@link WireFormatException} that speaks plainly and names
     * the input; any other exception fails.
     *
     * @param doc the bytes
     * @param type the type
     */
    static void readOrRefusePlainly(byte[] doc, Class<?> type) {
        try {
            assertThat(Dvc4jJson.read("d.json", new ByteArrayInputStream(doc), type)).isNotNull();
        } catch (WireFormatException e) {
            HostileInputs.assertSpeaksPlainly(e);
            assertThat(e.problem().source()).isEqualTo("d.json");
        }
    }
}
