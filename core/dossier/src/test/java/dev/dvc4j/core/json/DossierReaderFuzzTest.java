package dev.dvc4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dvc4j.core.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the dossier reader with Jazzer. In every build ({@code ./mvnw -B verify}) this runs in
 * regression mode: each input kept under {@code src/test/resources/dev/dvc4j/core/json/DossierReaderFuzzTestInputs/}
 * (seeds, and any crash a long run found, once fixed) is read again. A long run that searches for new inputs:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl core/dossier -am test -Dtest=DossierReaderFuzzTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * }</pre>
 *
 * <p>What must hold for any bytes: the reader returns a dossier or throws a {@link WireFormatException} that speaks
 * plainly (no other exception), and a dossier it returns is written back to bytes it reads as the same dossier; and
 * {@link Dossier#fromJson}, which reads most documents with its own byte-level reader, answers exactly as it does (the
 * same dossier, or the same problem).
 * (The memory bound is {@link HostileWireFormatProperties}'s: under Jazzer's instrumentation allocation says little.)
 */
class DossierReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void aDossierIsReadOrRefusedPlainly(byte[] input) {
        HostileWireFormatProperties.readOrRefusePlainly(input, Dossier.class);
        Dossier read;
        try {
            read = Dvc4jJson.read("", new ByteArrayInputStream(input), Dossier.class);
        } catch (WireFormatException refused) {
            WireFormatException also = catchThrowableOfType(() -> Dossier.fromJson(input, 0, input.length),
                    WireFormatException.class);
            assertThat(also).isNotNull();
            assertThat(also.problem()).isEqualTo(refused.problem());
            return;
        }
        assertThat(Dossier.fromJson(input, 0, input.length)).isEqualTo(read);
        String written = Dvc4jJson.write(read);
        assertThat(Dvc4jJson.read("d.json", new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)),
                Dossier.class)).isEqualTo(read);
        assertThat(Dvc4jJson.write(Dvc4jJson.read(written, Dossier.class))).isEqualTo(written);
    }
}
