package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.Extensions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapper and the reader a runtime configures: its own contributions, and a variant's instead of the main ones. */
class PortalRuntimeConfigurationTest {

    private static final PortalCodes MAIN_CODES = PortalCodes.defaults();
    private static final PortalCodes VARIANT_CODES = new PortalCodes("variant table", MAIN_CODES.applicantTypes(),
            MAIN_CODES.deliveryForms(), MAIN_CODES.feeKinds(), MAIN_CODES.collectionMethods(), MAIN_CODES.feeCodes());
    private static final ProcedureDirectory MAIN_DIRECTORY = code -> ProcedureInfo.UNKNOWN;
    private static final ProcedureDirectory VARIANT_DIRECTORY = code -> ProcedureInfo.UNKNOWN;
    private static final ResultLinks MAIN_LINKS = (dossier, index, result) -> "main";
    private static final ResultLinks VARIANT_LINKS = (dossier, index, result) -> "variant";

    /** A runtime with one contribution per portal point, and another for the variant "x". */
    private static final Extensions RUNTIME = new Extensions() {
        private final Map<ExtensionPoint<?>, Object> main = Map.of(PortalPoints.CODES, MAIN_CODES,
                PortalPoints.PROCEDURE_DIRECTORY, MAIN_DIRECTORY, PortalPoints.RESULT_LINKS, MAIN_LINKS);
        private final Map<ExtensionPoint<?>, Object> variant = Map.of(PortalPoints.CODES, VARIANT_CODES,
                PortalPoints.PROCEDURE_DIRECTORY, VARIANT_DIRECTORY, PortalPoints.RESULT_LINKS, VARIANT_LINKS);

        @Override
        public <T> T get(ExtensionPoint<T> point) {
            return point.type().cast(main.get(point));
        }

        @Override
        public <T> T get(ExtensionPoint<T> point, String key) {
            assertThat(key).isEqualTo("x");
            return point.type().cast(variant.get(point));
        }

        @Override
        public <T> Optional<T> find(ExtensionPoint<T> point, String key) {
            throw new AssertionError("not asked");
        }

        @Override
        public <T> Map<String, T> all(ExtensionPoint<T> point) {
            return new HashMap<>();
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };

    @Test
    void aMapperUsesTheRuntimesMainContributions() {
        PortalMapper m = PortalMapper.from(RUNTIME);
        assertThat(m.codes()).isSameAs(MAIN_CODES);
        assertThat(m.directory()).isSameAs(MAIN_DIRECTORY);
        assertThat(m.resultLinks()).isSameAs(MAIN_LINKS);
        assertThat(PortalMapper.from(RUNTIME, null).resultLinks()).isSameAs(MAIN_LINKS);
    }

    @Test
    void aMapperForAVariantUsesTheVariantsContributions() {
        PortalMapper m = PortalMapper.from(RUNTIME, "x");
        assertThat(m.codes()).isSameAs(VARIANT_CODES);
        assertThat(m.directory()).isSameAs(VARIANT_DIRECTORY);
        assertThat(m.resultLinks()).isSameAs(VARIANT_LINKS);
    }

    @Test
    void aReaderChecksAgainstTheRuntimesCodes_orAVariantsCodes() {
        assertThat(PortalReader.from(RUNTIME).codes()).isSameAs(MAIN_CODES);
        assertThat(PortalReader.from(RUNTIME, "x").codes()).isSameAs(VARIANT_CODES);
        assertThat(PortalReader.defaults().codes()).isSameAs(PortalCodes.defaults());
        assertThatThrownBy(() -> PortalReader.from(null)).isInstanceOf(NullPointerException.class).hasMessage("dvc4j");
        assertThatThrownBy(() -> PortalReader.from(RUNTIME, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("variant");
        assertThatThrownBy(() -> PortalMapper.from(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("dvc4j");
    }

    @Test
    void theDefaultMapperKnowsNoProcedureAndUsesTheBundledTableAndPlaceholderLinks() {
        PortalMapper d = PortalMapper.defaults();
        assertThat(d).isSameAs(PortalMapper.defaults());
        assertThat(d.codes()).isSameAs(PortalCodes.defaults());
        assertThat(d.directory()).isSameAs(ProcedureDirectory.UNKNOWN);
        assertThat(d.resultLinks()).isSameAs(ResultLinks.DEFAULT);
        assertThat(PortalMapper.builder().directory(VARIANT_DIRECTORY).build().directory()).isSameAs(VARIANT_DIRECTORY);
    }

    @Test
    void theApplicantKindsAreLabelledInBothLanguages() {
        assertThat(PortalCodes.ApplicantKind.CITIZEN.label().vi()).isEqualTo("Công dân");
        assertThat(PortalCodes.ApplicantKind.CITIZEN.label().en()).isEqualTo("Citizen");
        assertThat(PortalCodes.ApplicantKind.ORGANISATION.label().vi()).isEqualTo("Tổ chức, doanh nghiệp");
        assertThat(PortalCodes.ApplicantKind.ORGANISATION.label().en()).isEqualTo("Organisation");
    }
}
