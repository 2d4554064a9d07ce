package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the statistics' configuration files (targets, the Decision 766 index): a value or a
 * {@link StatsException} that speaks plainly, never another exception; no value is coerced from another type.
 */
class HostileConfigurationProperties {

    static final String TARGETS = """
            {"targets": [
              {"id": "gplx-online", "metric": "online-share", "kind": "rate", "threshold": 10,
               "scope": {"procedure": "1.002809"}, "deadline": "2026-12-31", "source": "KH 1/2026"},
              {"id": "on-time", "metric": "on-time", "threshold": 95.5}]}""";

    private static String index766() {
        try (InputStream in = Index766.class.getResourceAsStream("index766.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> hostileTargets() {
        return HostileInputs.withDefaultLimits().of(List.of(TARGETS));
    }

    @Provide
    Arbitrary<byte[]> hostileIndexes() {
        return HostileInputs.withDefaultLimits().of(List.of(index766()));
    }

    @Property(tries = 250)
    void hostileTargetsAreReadOrRefusedPlainly(@ForAll("hostileTargets") byte[] doc) {
        try {
            assertThat(Target.read(new ByteArrayInputStream(doc))).isNotNull();
        } catch (StatsException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }

    @Property(tries = 150)
    void aHostileIndexConfigurationIsReadOrRefusedPlainly(@ForAll("hostileIndexes") byte[] doc) {
        try {
            assertThat(Index766.read(new ByteArrayInputStream(doc))).isNotNull();
        } catch (StatsException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }

    @Test
    void targetsAreNotCoercedAndNameTheirPath() {
        assertThat(Target.read(new ByteArrayInputStream(TARGETS.getBytes(StandardCharsets.UTF_8)))).hasSize(2);
        for (String[] bad : new String[][] {
            {"\"threshold\": 10,", "\"threshold\": \"10\",", "needs a numeric \"threshold\""},
            {"\"threshold\": 10,", "\"threshold\": 1e999,", "\"threshold\" is out of range"},
            {"\"id\": \"gplx-online\"", "\"id\": 7", "\"id\" must be a non-blank string"},
            {"\"deadline\": \"2026-12-31\"", "\"deadline\": \"2026-13-31\"", "\"deadline\": \"2026-13-31\" is not a date"},
            {"\"source\": \"KH 1/2026\"", "\"source\": \"KH 1/2026\", \"colour\": 1", "unknown property \"colour\""},
            {"\"scope\": {\"procedure\": \"1.002809\"}", "\"scope\": {\"procedure\": 1002809}", "\"scope.procedure\" must be a string"}}) {
            String json = TARGETS.replace(bad[0], bad[1]);
            assertThat(json).isNotEqualTo(TARGETS);
            StatsException e = org.assertj.core.api.Assertions.catchThrowableOfType(StatsException.class,
                    () -> Target.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
            assertThat(e).as(bad[1]).isNotNull();
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Target #1 ($.targets[0]): ").contains(bad[2]);
        }
        StatsException dup = org.assertj.core.api.Assertions.catchThrowableOfType(StatsException.class,
                () -> Target.read(new ByteArrayInputStream("{\"targets\": [], \"targets\": []}".getBytes(StandardCharsets.UTF_8))));
        assertThat(dup.getMessage(Locale.ENGLISH)).isEqualTo("Targets file: Line 1:17 ($.targets): key \"targets\" appears twice in one object");
    }
}
