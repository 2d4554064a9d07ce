package dev.dvc4j.stats.beam.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.stats.report.StatsReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.coders.Coder.NonDeterministicException;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

class JavaSerializedCoderTest {

    private static final ReadSummary SUMMARY = new ReadSummary("a.jsonl", 3, 1, 1, 1,
            List.of(ReadProblem.atLine(2, "stats.read.invalid", LocalizedText.of("sai", "wrong"))));

    private final JavaSerializedCoder<ReadSummary> coder = JavaSerializedCoder.of(ReadSummary.class);

    @Test
    void valuesAreLengthPrefixedSoTheyCanFollowOneAnother() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        coder.encode(SUMMARY, out);
        coder.encode(ReadSummary.EMPTY, out);
        out.write(7);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(coder.decode(in)).isEqualTo(SUMMARY);
        assertThat(coder.decode(in)).isEqualTo(ReadSummary.EMPTY);
        assertThat(in.read()).isEqualTo(7);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void coderOfTheSameClassAreEqualAndNameTheirClass() {
        assertThat(coder).isEqualTo(JavaSerializedCoder.of(ReadSummary.class))
                .hasSameHashCodeAs(JavaSerializedCoder.of(ReadSummary.class))
                .hasSameHashCodeAs(ReadSummary.class)
                .isNotEqualTo(JavaSerializedCoder.of(StatsReport.class))
                .isNotEqualTo(ReadSummary.class)
                .hasToString("JavaSerializedCoder<dev.dvc4j.core.io.ReadSummary>");
        assertThat(coder.getEncodedTypeDescriptor()).isEqualTo(TypeDescriptor.of(ReadSummary.class));
        assertThatThrownBy(() -> JavaSerializedCoder.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void javaSerializationIsNotDeterministic() {
        assertThatThrownBy(coder::verifyDeterministic).isInstanceOf(NonDeterministicException.class)
                .hasMessageContaining("Java serialization is not deterministic");
    }

    @Test
    void aValueThatCannotBeSerializedIsRefusedWithItsClass() {
        JavaSerializedCoder<Object> any = JavaSerializedCoder.of(Object.class);
        assertThatThrownBy(() -> any.encode(new Object(), new ByteArrayOutputStream()))
                .isInstanceOf(CoderException.class)
                .hasMessage("cannot encode a java.lang.Object: java.lang.Object is not serializable");
    }

    @Test
    void badBytesAreRefused() throws IOException {
        ByteArrayOutputStream negative = new ByteArrayOutputStream();
        VarInt.encode(-1, negative);
        assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(negative.toByteArray())))
                .isInstanceOf(CoderException.class).hasMessage("negative length -1");

        // Zero bytes are not a negative length, but not a value either.
        assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(new byte[] {0})))
                .isInstanceOf(IOException.class).isNotInstanceOf(CoderException.class);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        coder.encode(SUMMARY, whole);
        byte[] bytes = whole.toByteArray();
        int length = VarInt.decodeInt(new ByteArrayInputStream(bytes));
        int prefix = VarInt.getLength(length);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThatThrownBy(() -> coder.decode(new ByteArrayInputStream(cut)))
                .isInstanceOf(CoderException.class)
                .hasMessage("end of stream: " + (length - 1) + " of " + length + " bytes");
        assertThat(bytes).hasSize(prefix + length);

        JavaSerializedCoder<StatsReport> reports = JavaSerializedCoder.of(StatsReport.class);
        assertThatThrownBy(() -> reports.decode(new ByteArrayInputStream(bytes)))
                .isInstanceOf(CoderException.class)
                .hasMessageStartingWith("cannot decode a dev.dvc4j.stats.report.StatsReport: Cannot cast "
                        + "dev.dvc4j.core.io.ReadSummary");
    }
}
