package dev.dvc4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.PortalProgress;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.io.FactsReader;
import dev.dvc4j.stats.io.FactsWriter;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.testkit.DossierArbitraries;
import dev.dvc4j.testkit.HostileInputs;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;

/**
 * For arbitrary legal dossiers, their histories, their national-portal payloads and their facts, Jackson 2 and
 * Jackson 3 write the same bytes and each reads what the other wrote; for hostile variants of them, both are equally
 * strict: they accept the same documents and refuse the others with the same problem at the same position.
 */
class WireFormatParityProperties {

    private static final com.fasterxml.jackson.databind.ObjectMapper J2 = Dvc4jJson.mapper();
    private static final JsonMapper J3 = Dvc4jJson3.mapper();
    /** A host's mapper as Jackson 3 builds it by default (properties sorted alphabetically), with the module. */
    private static final JsonMapper HOST3 = JsonMapper.builder().addModule(new Dvc4jJackson3Module()).build();
    private static final PortalMapper PORTAL = PortalMapper.defaults();
    private static final FactsMapper FACTS = FactsMapper.defaults();

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossierArbitraries.dossiers();
    }

    @Property(tries = 200)
    void dossiersAreWrittenAlikeAndReadAcross(@ForAll("dossiers") Dossier d) throws Exception {
        byte[] two = J2.writeValueAsBytes(d);
        byte[] three = J3.writeValueAsBytes(d);
        assertThat(new String(three, StandardCharsets.UTF_8)).isEqualTo(new String(two, StandardCharsets.UTF_8));
        assertThat(three).isEqualTo(two);
        assertThat(HOST3.writeValueAsBytes(d)).isEqualTo(two);
        assertThat(Dvc4jJson3.write(d)).isEqualTo(Dvc4jJson.write(d));
        assertThat(Dvc4jJson3.read(Dvc4jJson.write(d), Dossier.class)).isEqualTo(d);
        assertThat(Dvc4jJson.read(Dvc4jJson3.write(d), Dossier.class)).isEqualTo(d);
    }

    /** Two signers with keys made for this test, one per algorithm. */
    private static final List<HistorySigner> SIGNERS = List.of(signer("Ed25519"), signer("EC"));

    private static HistorySigner signer(String algorithm) {
        try {
            java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            }
            return JdkHistorySigner.of(g.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<Dossier> signedDossiers() {
        return DossierArbitraries.signed(DossierArbitraries.dossiers(), SIGNERS);
    }

    @Property(tries = 150)
    void signedDossiersAreWrittenAlikeAndReadAcrossWithTheirSignatures(@ForAll("signedDossiers") Dossier d) throws Exception {
        byte[] two = J2.writeValueAsBytes(d);
        assertThat(J3.writeValueAsBytes(d)).isEqualTo(two);
        assertThat(HOST3.writeValueAsBytes(d)).isEqualTo(two);
        Dossier readBy3 = Dvc4jJson3.read(Dvc4jJson.write(d), Dossier.class);
        Dossier readBy2 = Dvc4jJson.read(Dvc4jJson3.write(d), Dossier.class);
        assertThat(readBy3).isEqualTo(d);
        assertThat(readBy3.signatures()).isEqualTo(d.signatures());
        assertThat(readBy2.signatures()).isEqualTo(d.signatures());
        assertThat(J3.writeValueAsBytes(readBy3)).isEqualTo(two);
        TrustedKeys trusted = TrustedKeys.of(SIGNERS.get(0).publicKey(), SIGNERS.get(1).publicKey());
        assertThat(readBy3.verifyHistory(trusted).isValid()).isTrue();
        assertThat(readBy3.verifyHistory(trusted).covered()).isEqualTo(d.verifyHistory(trusted).covered());
        for (HeadSignature s : d.signatures()) {
            assertThat(J3.writeValueAsString(s)).isEqualTo(J2.writeValueAsString(s));
            assertThat(J3.readValue(J2.writeValueAsString(s), HeadSignature.class)).isEqualTo(s);
        }
    }

    @Provide
    Arbitrary<byte[]> hostileDossiers() {
        return HostileInputs.withDefaultLimits().of(DossierArbitraries.dossiers().map(d -> Dvc4jJson.write(d).getBytes(StandardCharsets.UTF_8)));
    }

    /** What one reader made of a document: the value, or the problem it named. */
    private record Outcome(Object value, String code, String path, long line, long column) {
    }

    private static Outcome outcome(java.util.function.Supplier<Object> read) {
        try {
            return new Outcome(read.get(), null, null, 0, 0);
        } catch (WireFormatException e) {
            ReadProblem p = e.problem();
            return new Outcome(null, p.code(), p.path(), p.line(), p.column());
        }
    }

    /**
     * Both readers accept the same hostile documents (reading equal values) and refuse the others. Where a document
     * has one problem they name it alike: same code at the same path, and the same line and column whenever Jackson 3
     * knows them (it loses the position inside a polymorphic value it had to buffer; a syntax error's column may be
     * one less, a wrong type's one more). Where it has several, each library may meet another one first.
     */
    @Property(tries = 300)
    void hostileDocumentsAreRefusedAlikeByBoth(@ForAll("hostileDossiers") byte[] doc) {
        Outcome two = outcome(() -> Dvc4jJson.read("d.json", new ByteArrayInputStream(doc), Dossier.class));
        Outcome three = outcome(() -> Dvc4jJson3.read("d.json", new ByteArrayInputStream(doc), Dossier.class));
        assertAlike(three, two);
        String text = new String(doc, StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), doc)) {
            assertAlike(outcome(() -> Dvc4jJson3.read(text, Dossier.class)), outcome(() -> Dvc4jJson.read(text, Dossier.class)));
        }
    }

    private static void assertAlike(Outcome three, Outcome two) {
        assertThat(three.value()).isEqualTo(two.value());
        assertThat(three.code() == null).isEqualTo(two.code() == null);
        if (two.code() != null && three.path().equals(two.path())) {
            assertThat(three.code()).isEqualTo(two.code());
            if (three.line() > 0) {
                assertThat(three.line()).as("Jackson 3 %s, Jackson 2 %s", three, two).isEqualTo(two.line());
                // A syntax error's column is the offending character's for one library and the next for the other;
                // a value of the wrong type may be placed one column further by Jackson 3 (a seed found $.reasons[0]
                // at 850 by Jackson 2 and 851 by Jackson 3).
                if (two.code().equals("input.duplicate-key")) {
                    // dvc4j's own check (Jackson 2) points at the repeated key, Jackson 3's detector just after it.
                    assertThat(three.column()).as("Jackson 3 %s, Jackson 2 %s", three, two)
                            .isGreaterThanOrEqualTo(two.column() + 2);
                    return;
                }
                assertThat(three.column()).as("Jackson 3 %s, Jackson 2 %s", three, two)
                        .isBetween(two.column() - (two.code().equals("input.syntax") ? 1 : 0),
                                two.column() + (two.code().equals("input.wrong-type") ? 1 : 0));
            }
        }
    }

    @Property(tries = 100)
    void historiesAreWrittenAlikeAndReadAcross(@ForAll("dossiers") Dossier d) throws Exception {
        List<DossierEvent> events = d.events();
        String two = J2.writerFor(new TypeReference<List<DossierEvent>>() { }).writeValueAsString(events);
        String three = J3.writerFor(new tools.jackson.core.type.TypeReference<List<DossierEvent>>() { })
                .writeValueAsString(events);
        assertThat(three).isEqualTo(two);
        List<DossierEvent> readBy3 = J3.readValue(two, new tools.jackson.core.type.TypeReference<List<DossierEvent>>() { });
        List<DossierEvent> readBy2 = J2.readValue(three, new TypeReference<List<DossierEvent>>() { });
        assertThat(readBy3).isEqualTo(events);
        assertThat(readBy2).isEqualTo(events);
        assertThat(Dossier.replay(readBy3)).isEqualTo(d);
    }

    @Property(tries = 100)
    void portalPayloadsAreWrittenAlikeAndReadAcross(@ForAll("dossiers") Dossier d) throws Exception {
        PortalDossier portal = PORTAL.toPortal(d);
        assertThat(J3.writeValueAsString(portal)).isEqualTo(J2.writeValueAsString(portal));
        assertThat(HOST3.writeValueAsString(portal)).isEqualTo(J2.writeValueAsString(portal));
        assertThat(J3.readValue(J2.writeValueAsString(portal), PortalDossier.class)).isEqualTo(portal);
        assertThat(J2.readValue(J3.writeValueAsString(portal), PortalDossier.class)).isEqualTo(portal);
        for (PortalProgress p : PORTAL.toProgress(d)) {
            assertThat(J3.writeValueAsString(p)).isEqualTo(J2.writeValueAsString(p));
            assertThat(J3.readValue(J2.writeValueAsString(p), PortalProgress.class)).isEqualTo(p);
            assertThat(J2.readValue(J3.writeValueAsString(p), PortalProgress.class)).isEqualTo(p);
        }
        SyncRequest request = PORTAL.syncRequest(List.of(d), false);
        assertThat(J3.writeValueAsString(request)).isEqualTo(request.toJson());
    }

    @Property(tries = 100)
    void factsAreWrittenAlikeAndReadAcross(@ForAll("dossiers") Dossier d) {
        DossierFacts facts = FACTS.fromDossier(d);
        String line = FactsWriter.toJsonLine(facts);
        assertThat(Dvc4jJson3.write(facts)).isEqualTo(line);
        assertThat(Dvc4jJson3.read(line, DossierFacts.class)).isEqualTo(facts);
        List<DossierFacts> read = new ArrayList<>();
        FactsReader.jsonLines().strict().read(new StringReader(Dvc4jJson3.write(facts)), read::add);
        assertThat(read).containsExactly(facts);
        assertThat(Dvc4jJson3.write(List.of(facts, facts))).isEqualTo("[" + line + "," + line + "]");
    }
}
