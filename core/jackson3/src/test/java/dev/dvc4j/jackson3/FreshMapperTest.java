package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.io.FactsWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module on mappers built in the test (a shared mapper is built once per JVM and caches what the module and its
 * introspector said): dvc4j's own mapper and a host's default one, which sorts properties alphabetically.
 */
class FreshMapperTest {

    private static final List<Object[]> TEXTS = List.of(
            new Object[] {DossierCode.parse("000.00.21.H42-260302-0001"), "000.00.21.H42-260302-0001"},
            new Object[] {AgencyCode.parse("000.00.21.H42"), "000.00.21.H42"},
            new Object[] {ProcedureCode.parse("1.000948.H38"), "1.000948.H38"},
            new Object[] {PersonalId.parse("042095001234"), "042095001234"},
            new Object[] {TaxCode.parse("0100109106"), "0100109106"},
            new Object[] {PhoneNumber.parse("0912345678"), "0912345678"},
            new Object[] {WorkingDuration.parse("7"), WorkingDuration.parse("7").toString()},
            new Object[] {ProcessingPeriod.parse("30cd"), "30cd"});

    private static void writesAndReadsEveryTextType(JsonMapper m) {
        for (Object[] t : TEXTS) {
            assertThat(m.writeValueAsString(t[0])).as(t[0].getClass().getSimpleName()).isEqualTo("\"" + t[1] + "\"");
            assertThat(m.readValue("\"" + t[1] + "\"", t[0].getClass())).isEqualTo(t[0]);
        }
        assertThat(m.writeValueAsString(Vnd.of(26_000))).isEqualTo("26000");
        assertThat(m.readValue("26000", Vnd.class)).isEqualTo(Vnd.of(26_000));
        assertThat(m.writeValueAsString(LocalDate.of(2026, 3, 2))).isEqualTo("\"2026-03-02\"");
        assertThat(m.readValue("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void aNewStrictMapperAndAHostsMapperWriteAndReadEveryValueType() {
        writesAndReadsEveryTextType(Dvc4jJson3.newMapper());
        writesAndReadsEveryTextType(Dvc4jJson3.builder().build());
        writesAndReadsEveryTextType(JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build());
    }

    @Test
    void aHostsAlphabeticalMapperStillWritesDvc4jTypesInDeclaredOrder_andTheirFieldCodecs() throws Exception {
        JsonMapper host = JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build();
        Dossier d = Dvc4jJson3Test.FILED;
        assertThat(host.writeValueAsString(d)).isEqualTo(Dvc4jJson.write(d));
        assertThat(host.readValue(Dvc4jJson.write(d), Dossier.class)).isEqualTo(d);
        String portal = Dvc4jJson.mapper().writeValueAsString(PortalMapper.defaults().toPortal(d));
        assertThat(host.writeValueAsString(PortalMapper.defaults().toPortal(d))).isEqualTo(portal);
        assertThat(host.readValue(portal, dev.dvc4j.core.portal.PortalDossier.class))
                .isEqualTo(PortalMapper.defaults().toPortal(d));
    }

    @Test
    void factsAreWrittenAndReadAsTheFactsLine() {
        JsonMapper m = Dvc4jJson3.newMapper();
        DossierFacts facts = FactsMapper.defaults().fromDossier(Dvc4jJson3Test.FILED);
        String line = FactsWriter.toJsonLine(facts);
        assertThat(m.writeValueAsString(facts)).isEqualTo(line);
        assertThat(m.readValue(line, DossierFacts.class)).isEqualTo(facts);
    }

    @Test
    void theIntrospectorHasNoVersionOfItsOwn_andTheModuleIsNamedDvc4j() {
        assertThat(new dev.dvc4j.jackson3.internal.WireIntrospector().version())
                .isEqualTo(tools.jackson.core.Version.unknownVersion());
        assertThat(new Dvc4jJackson3Module().getModuleName()).isEqualTo("dvc4j");
    }
}
