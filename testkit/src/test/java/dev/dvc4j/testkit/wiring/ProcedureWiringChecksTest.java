package dev.dvc4j.testkit.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.SetupContext;
import dev.dvc4j.testkit.procedure.ProcedureArbitraries;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The procedure side of the wiring checks: a catalogue and a gazetteer that the dossier rules honour pass. */
class ProcedureWiringChecksTest {

    private static List<String> check(String name, Consumer<SetupContext> setup) {
        Dvc4jModule m = new Dvc4jModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void setup(SetupContext context) {
                setup.accept(context);
            }
        };
        return WiringChecks.check(Dvc4j.builder().register(m).build(), name);
    }

    @Test
    void aCatalogueTheDossierRulesCheckFilingsAgainstPasses() {
        Catalogue catalogue = Catalogue.of(List.of(ProcedureArbitraries.plainProcedure()),
                List.of(ProcedureArbitraries.plainOffer()));
        assertThat(check("catalogue", c -> c.provide(ProcedurePoints.CATALOGUE, catalogue))).isEmpty();
    }

    @Test
    void aGazetteerTheAddressRuleReadsPasses() {
        assertThat(check("gazetteer", c -> c.provide(IdentifierPoints.PROVINCES, Provinces.bundled()))).isEmpty();
    }
}
