package dev.dvc4j.core.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierArbitraries;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutation fuzzing of the national portal's payloads: the lenient reader never throws, counts every element of
 * {@code data[]} exactly once as accepted or malformed, and speaks plainly; export never fails but with a typed error.
 */
class HostilePayloadProperties {

    private static final PortalMapper MAPPER = PortalMapper.defaults();
    private static final Pattern ELEMENT = Pattern.compile("^data\\[(\\d+)]");

    @Provide
    Arbitrary<byte[]> hostilePayloads() {
        return HostileInputs.withDefaultLimits().of(DossierArbitraries.dossiers().list().ofMinSize(1).ofMaxSize(3)
                .map(ds -> MAPPER.syncRequest(ds, false).toJson().getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<byte[]> hostileDossiers() {
        return HostileInputs.withDefaultLimits().of(DossierArbitraries.dossiers()
                .map(d -> Dvc4jJson.write(d).getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void theLenientReaderNeverThrowsAndCountsEveryRecordExactly(@ForAll("hostilePayloads") byte[] doc) {
        checkLenientRead(doc);
    }

    /**
     * The lenient reader's promises for any bytes: no exception, every element of {@code data[]} counted once as
     * accepted or malformed, the first problems listed, every problem speaking plainly.
     *
     * @param doc the bytes
     */
    static void checkLenientRead(byte[] doc) {
        ReadResult r = PortalReader.defaults().read("p.json", new ByteArrayInputStream(doc));
        ReadSummary s = r.summary("p.json", 5);
        assertThat(s.records()).isEqualTo(r.elements());
        assertThat(s.accepted() + s.malformed()).isEqualTo(r.elements());
        long withProblems = r.problems().stream().map(p -> ELEMENT.matcher(p.path())).filter(Matcher::find)
                .map(m -> m.group(1)).distinct().count();
        assertThat(s.malformed()).isEqualTo(withProblems);
        assertThat(s.problems()).hasSize((int) Math.min(5, s.malformed()));
        for (PortalProblem p : r.problems()) {
            HostileInputs.assertSpeaksPlainly(new Dvc4jException(PortalPayloadException.CODE, p.message()));
        }
        if (r.isClean()) {
            assertThat(r.orThrow().data()).hasSize(r.elements());
        }
    }

    @Property(tries = 150)
    void exportReadsAHostileDossierOrRefusesItPlainly(@ForAll("hostileDossiers") byte[] doc) {
        String json = new String(doc, StandardCharsets.UTF_8);
        try {
            assertThat(MAPPER.exportJson(json)).contains("DongBoHoSoMC");
        } catch (Dvc4jException e) {
            HostileInputs.assertSpeaksPlainly(e);
        }
    }

    @Property(tries = 50)
    void aCleanPayloadCountsEveryDossierAsAccepted(@ForAll("cleanPayloads") List<dev.dvc4j.core.dossier.Dossier> ds) {
        String json = MAPPER.syncRequest(ds, false).toJson();
        ReadSummary s = PortalReader.defaults().read(json).summary("", 100);
        assertThat(s.accepted()).isEqualTo(ds.size());
        assertThat(s.malformed()).isZero();
    }

    @Provide
    Arbitrary<List<dev.dvc4j.core.dossier.Dossier>> cleanPayloads() {
        return DossierArbitraries.dossiers().list().ofMinSize(1).ofMaxSize(4).uniqueElements(d -> d.code());
    }
}
