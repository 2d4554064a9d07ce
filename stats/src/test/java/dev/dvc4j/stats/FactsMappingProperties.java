package dev.dvc4j.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.testkit.DossierArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Statistics see the same dossier whether they read it directly or through its national-portal payload. */
class FactsMappingProperties {

    static final FactsMapper FACTS = FactsMapper.defaults();
    static final PortalMapper PORTAL = PortalMapper.defaults();

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers();
    }

    @Property(tries = 300)
    void factsFromTheDossierEqualFactsFromItsPortalPayload(@ForAll("dossiers") Dossier d) {
        DossierFacts direct = FACTS.fromDossier(d);
        DossierFacts viaPortal = FACTS.fromPortal(PORTAL.toPortal(d));
        assertThat(viaPortal.code()).isEqualTo(direct.code());
        assertThat(viaPortal.agency()).isEqualTo(direct.agency());
        assertThat(viaPortal.procedure()).isEqualTo(direct.procedure());
        assertThat(viaPortal.province()).isEqualTo(direct.province());
        assertThat(viaPortal.channel()).isEqualTo(direct.channel());
        assertThat(viaPortal.status()).isEqualTo(direct.status());
        assertThat(viaPortal.filedEpochSecond()).isEqualTo(direct.filedEpochSecond());
        assertThat(viaPortal.receivedEpochSecond()).isEqualTo(direct.receivedEpochSecond());
        assertThat(viaPortal.finishedEpochSecond()).as("finished").isEqualTo(direct.finishedEpochSecond());
        assertThat(viaPortal.returnedEpochSecond()).isEqualTo(direct.returnedEpochSecond());
        if (d.supplements().isEmpty() || d.apologies().isEmpty()) {
            assertThat(viaPortal.dueEpochSecond()).as("due").isEqualTo(direct.dueEpochSecond());
        }
        assertThat(viaPortal.supplements()).isEqualTo(direct.supplements());
        assertThat(viaPortal.paymentFlag()).isEqualTo(direct.paymentFlag());
        assertThat(viaPortal.feeBearing()).isEqualTo(direct.feeBearing());
        assertThat(viaPortal.digitised()).isEqualTo(direct.digitised());
        assertThat(viaPortal.reused()).isEqualTo(direct.reused());
        assertThat(viaPortal.populationData()).isEqualTo(direct.populationData());
        assertThat(viaPortal.electronicResult()).isEqualTo(direct.electronicResult());
        assertThat(viaPortal.vneid()).isEqualTo(direct.vneid());
    }
}
