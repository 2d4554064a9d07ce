package dev.dvc4j.testkit.wiring;

import static dev.dvc4j.testkit.wiring.VendorModules.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.testkit.procedure.ProcedureArbitraries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The procedure side of the wiring checks: a catalogue and a gazetteer that the dossier rules honour pass. */
class ProcedureWiringChecksTest {

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
