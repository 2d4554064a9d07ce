package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.procedure.CatalogueLoader;
import org.junit.jupiter.api.Test;

/** A procedure catalogue names procedures and sectors in the portal payload. */
class CatalogueDirectoryTest {

    @Test
    void catalogueFillsNameAndSector() {
        ProcedureDirectory dir = ProcedureDirectory.of(CatalogueLoader.withDefaultValidator().loadSample());
        ProcedureInfo badge = dir.lookup(ProcedureCode.parse("9.900001.H42"));
        assertThat(badge.name()).startsWith("Cấp phù hiệu xe ô tô");
        assertThat(badge.sectorCode()).isEqualTo("DUONG-BO");
        assertThat(badge.sectorName()).isEqualTo("Đường bộ");
        assertThat(dir.lookup(ProcedureCode.parse("1.000001"))).isEqualTo(ProcedureInfo.UNKNOWN);
    }
}
