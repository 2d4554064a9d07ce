package dev.dvc4j.stats.beam;

import static dev.dvc4j.stats.beam.DossierFactsCoderProperties.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.StatsException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.junit.jupiter.api.Test;

class DossierFactsCoderTest {

    private static final DossierFactsCoder CODER = DossierFactsCoder.of();

    /** Empty codes, only a receipt time: the enum bytes sit at fixed offsets 7 to 13. */
    private static final DossierFacts PLAIN = DossierFacts.builder().channel(Channel.ONLINE)
            .status(DossierStatus.PROCESSING).legacyLevel(3).filedEpochSecond(1_770_000_000L)
            .receivedEpochSecond(1_770_000_060L).build();

    @Test
    void isTheRegisteredDefaultCoderOfFacts() throws Exception {
        assertThat(CoderRegistry.createDefault().getCoder(DossierFacts.class)).isSameAs(CODER);
        CODER.verifyDeterministic();
        assertThat(CODER.consistentWithEquals()).isTrue();
    }

    @Test
    void generatedFactsAreSmallAndSurvive() throws IOException {
        long bytes = 0;
        for (DossierFacts f : BeamFixtures.FACTS) {
            byte[] b = encode(f);
            bytes += b.length;
            assertThat(CODER.decode(new ByteArrayInputStream(b))).isEqualTo(f);
        }
        long average = bytes / BeamFixtures.FACTS.size();
        // Explicit fields: far smaller than Java serialization of the same facts.
        assertThat(average).isBetween(40L, 100L);
        assertThat(javaSerializedSize(BeamFixtures.FACTS.get(0))).isGreaterThan(3 * average);
    }

    @Test
    void theCoderItselfSerializesToTheSingleton() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CODER);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(CODER);
        }
        assertThat(CODER).hasToString("DossierFactsCoder");
    }

    @Test
    void everyTruncationIsACoderError() throws IOException {
        byte[] full = encode(BeamFixtures.FACTS.get(7));
        for (int n = 0; n < full.length; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(cut))).as("%d bytes", n)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void corruptBytesAreCoderErrorsNamingTheField() throws IOException {
        byte[] ok = encode(PLAIN);
        assertThat(CODER.decode(new ByteArrayInputStream(ok))).isEqualTo(PLAIN);
        assertThat(ok[7]).isEqualTo((byte) Channel.ONLINE.ordinal());
        assertThat(ok[12]).isEqualTo((byte) 3);

        assertCorrupt(ok, 0, 9, "version 9");
        // version 0 is a version byte, not the end of the stream; an empty stream is
        assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(new byte[] {0})))
                .isInstanceOf(CoderException.class).hasMessage("unknown DossierFacts encoding version 0");
        assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(CoderException.class).hasMessage("end of stream before DossierFacts");
        // Flags with an unknown bit (bit 11): the varint grows to two bytes.
        byte[] flags = new byte[ok.length + 1];
        flags[0] = ok[0];
        flags[1] = (byte) (0x80 | ok[1]);
        flags[2] = 0x10;
        System.arraycopy(ok, 2, flags, 3, ok.length - 2);
        assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(flags)))
                .isInstanceOf(CoderException.class).hasMessageContaining("unknown DossierFacts flags");
        assertCorrupt(ok, 7, 60, "channel 60");
        assertCorrupt(ok, 8, 99, "status 99");
        assertCorrupt(ok, 9, 3, "online mode 3");
        assertCorrupt(ok, 10, 4, "feedback 4");
        // A level the facts' builder refuses (0-4): the builder's reason is kept as the cause.
        byte[] level = ok.clone();
        level[12] = 9;
        assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(level)))
                .isInstanceOf(CoderException.class)
                .hasMessageContaining("corrupt DossierFacts")
                .hasCauseInstanceOf(StatsException.class);
        assertThatThrownBy(() -> CODER.encode(null, new ByteArrayOutputStream()))
                .isInstanceOf(CoderException.class).hasMessageContaining("null");
    }

    private static void assertCorrupt(byte[] ok, int index, int value, String message) {
        byte[] bad = ok.clone();
        bad[index] = (byte) value;
        assertThatThrownBy(() -> CODER.decode(new ByteArrayInputStream(bad)))
                .isInstanceOf(CoderException.class).hasMessageContaining(message);
    }

    private static long javaSerializedSize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }
}
