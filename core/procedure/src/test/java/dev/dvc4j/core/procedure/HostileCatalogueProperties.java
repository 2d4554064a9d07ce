package dev.dvc4j.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutation fuzzing of procedure catalogues and service-level regimes: a catalogue or a {@link CatalogueException}
 * whose every problem speaks plainly; a regime or a {@link ProcedureException}; never another exception.
 */
class HostileCatalogueProperties {

    private static final CatalogueLoader LOADER = CatalogueLoader.withDefaultValidator();

    private static String resource(String name) {
        try (InputStream in = CatalogueLoader.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> hostileCatalogues() {
        return HostileInputs.withDefaultLimits().of(List.of(resource(CatalogueLoader.SAMPLE_RESOURCE)));
    }

    @Provide
    Arbitrary<byte[]> hostileRegimes() {
        return HostileInputs.withDefaultLimits().of(List.of(resource("/dev/dvc4j/core/procedure/regime-vn-decree-42-2022.json")));
    }

    @Property(tries = 200)
    void aHostileCatalogueIsLoadedOrEveryProblemIsListedPlainly(@ForAll("hostileCatalogues") byte[] doc) {
        try {
            assertThat(LOADER.load("c.json", new ByteArrayInputStream(doc))).isNotNull();
        } catch (CatalogueException e) {
            HostileInputs.assertSpeaksPlainly(e);
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.source()).isEqualTo("c.json"));
        }
    }

    @Property(tries = 200)
    void aHostileRegimeIsReadOrRefusedPlainly(@ForAll("hostileRegimes") byte[] doc) {
        try {
            assertThat(RuleBasedRegime.fromJson(new ByteArrayInputStream(doc), Map.of())).isNotNull();
        } catch (ProcedureException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }
}
