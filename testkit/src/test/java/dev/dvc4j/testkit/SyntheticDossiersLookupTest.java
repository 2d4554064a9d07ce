package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Dossier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's catalogue lookups, its description, and the sequence numbers of single dossiers. */
class SyntheticDossiersLookupTest {

    @Test
    void theCatalogueIsTheOneGivenAndItsProceduresAreFoundByCode() {
        SyntheticDossiers all = SyntheticDossiers.builder().build();
        assertThat(all.procedures()).isEqualTo(SyntheticDossiers.PROCEDURES).hasSizeGreaterThan(1);
        SyntheticDossiers.Procedure second = SyntheticDossiers.PROCEDURES.get(1);
        assertThat(all.procedure(second.code())).isSameAs(second);
        assertThat(all.procedure(SyntheticDossiers.PROCEDURES.get(0).code())).isSameAs(SyntheticDossiers.PROCEDURES.get(0));
        SyntheticDossiers one = SyntheticDossiers.builder().procedures(List.of(second)).build();
        assertThat(one.procedures()).containsExactly(second);
        assertThat(one.procedure(SyntheticDossiers.PROCEDURES.get(0).code())).isNull();
        assertThat(one.stream(20).toList()).allSatisfy(d -> assertThat(d.procedure()).isEqualTo(second.code()));
    }

    @Test
    void itDescribesItsSeedPeriodAndCatalogueSize() {
        SyntheticDossiers g = SyntheticDossiers.builder().seed(42).period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))
                .procedures(List.of(SyntheticDossiers.PROCEDURES.get(0))).build();
        assertThat(g).hasToString("SyntheticDossiers[seed=42, 2025-01-01..2025-06-30, procedures=1]");
    }

    @Test
    void aSingleDossierTakesItsSequenceNumberWrappedIntoOneTo9999() {
        SyntheticDossiers g = SyntheticDossiers.builder().seed(3).asOf(Instant.parse("2030-01-01T00:00:00Z")).build();
        Dossier first = g.dossier(5, 1, 100);
        assertThat(first.code().sequence()).isEqualTo(1);
        assertThat(g.dossier(5, 9_999, 100).code().sequence()).isEqualTo(9_999);
        assertThat(g.dossier(5, 10_000, 100).code().sequence()).isEqualTo(1);
        assertThat(g.dossier(5, 0, 100).code().sequence()).isEqualTo(9_999);
        // the same index gives the same dossier, up to its number
        assertThat(g.dossier(5, 1, 100)).isEqualTo(first);
        assertThat(g.dossier(5, 2, 100).procedure()).isEqualTo(first.procedure());
    }
}
