package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire names are kebab-case; a history written by the release before, with snake_case names ({@code in_person},
 * {@code national_portal}) in its events and in the canonical JSON its hash chain hashed, still reads and verifies
 * during this release, exactly when its hashes were computed over that old spelling.
 */
class LegacySpellingTest {

    /** A dossier filed in person and paid on the national portal: both names changed spelling. */
    static Dossier current() {
        Filing f = DossierLifecycleTest.filed().events().get(0) instanceof Filed filed ? new Filing(filed.code(),
                filed.procedure(), filed.agency(), filed.applicant(), Channel.IN_PERSON, filed.resultDelivery(),
                filed.period(), filed.summary(), false, filed.documents(), filed.fees(), filed.at(), "one-stop", null)
                : null;
        return Dossier.file(f).receive(t(1), "o", POLICY)
                .pay(t(2), "c", new Payment(Vnd.of(50_000), PaymentMethod.NATIONAL_PORTAL, "TX1"));
    }

    /** The old release's text: this release's with every renamed wire name in its old spelling. */
    static String old(String json) {
        return json.replace("\"in-person\"", "\"in_person\"").replace("\"national-portal\"", "\"national_portal\"")
                .replace("\"own-gateway\"", "\"own_gateway\"");
    }

    /** The old release's hash: SHA-256 of Jackson's canonical JSON with the old spelling (not CanonicalEvents). */
    static String oldHash(DossierEvent e) throws Exception {
        String canonical = Dvc4jJson.canonical().writerFor(DossierEvent.class).writeValueAsString(e);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(old(canonical).getBytes(StandardCharsets.UTF_8)));
    }

    /** The events chained as the old release chained them. */
    static List<DossierEvent> oldChain(List<DossierEvent> events) throws Exception {
        List<DossierEvent> l = new ArrayList<>();
        String previous = DossierEvent.GENESIS;
        for (DossierEvent e : events) {
            DossierEvent c = withPreviousHash(e, previous);
            l.add(c);
            previous = oldHash(c);
        }
        return l;
    }

    static DossierEvent withPreviousHash(DossierEvent e, String previous) throws Exception {
        var components = e.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals("previousHash") ? previous : components[i].getAccessor().invoke(e);
        }
        return (DossierEvent) e.getClass().getDeclaredConstructor(types).newInstance(args);
    }

    /** The dossier document as the old release wrote it. */
    static String oldDocument(Dossier d) throws Exception {
        List<DossierEvent> chained = oldChain(d.events());
        ObjectNode tree = Dvc4jJson.mapper().valueToTree(d);
        tree.set("events", Dvc4jJson.mapper().readTree(Dvc4jJson.mapper()
                .writerFor(new com.fasterxml.jackson.core.type.TypeReference<List<DossierEvent>>() { }).writeValueAsString(chained)));
        tree.put("headHash", oldHash(chained.get(chained.size() - 1)));
        return old(tree.toString());
    }

    @Test
    void theOneSpellingIsKebabCaseAndTheOldOneIsReadWithItsOwnName() {
        assertThat(Channel.IN_PERSON.wireName()).isEqualTo("in-person");
        assertThat(Channel.IN_PERSON.legacyWireName()).contains("in_person");
        assertThat(Channel.ONLINE.legacyWireName()).isEmpty();
        assertThat(PaymentMethod.OWN_GATEWAY.wireName()).isEqualTo("own-gateway");
        assertThat(Dvc4jJson.write(Channel.IN_PERSON)).isEqualTo("\"in-person\"");
        assertThat(Dvc4jJson.read("\"in-person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThat(Dvc4jJson.read("\"in_person\"", Channel.class)).isEqualTo(Channel.IN_PERSON);
        assertThat(Labelled.find(Channel.class, "in_person")).contains(Channel.IN_PERSON);
        // only the exact old spelling: case, other separators and unknown names are refused, listing the names
        assertThat(Labelled.find(Channel.class, "IN-PERSON")).isEmpty();
        assertThat(Labelled.find(Channel.class, "in person")).isEmpty();
        assertThat(Labelled.findIgnoringCase(Channel.class, " IN_PERSON ")).contains(Channel.IN_PERSON);
        Throwable t = catchThrowable(() -> Dvc4jJson.read("\"face-to-face\"", Channel.class));
        assertThat(t).isInstanceOf(WireFormatException.class)
                .hasMessageContaining("Unknown value \"face-to-face\"; accepted: in-person, online, postal");
        assertThat(catchThrowable(() -> Labelled.fromWire(PaymentMethod.class, "card")))
                .hasMessageContaining("accepted: national-portal, own-gateway, cash");
    }

    @Test
    void aHistoryWrittenWithTheOldSpellingReadsAndVerifies() throws Exception {
        Dossier d = current();
        String json = oldDocument(d);
        assertThat(json).contains("\"channel\":\"in_person\"").contains("\"method\":\"national_portal\"")
                .doesNotContain("in-person");
        Dossier read = Dvc4jJson.read(json, Dossier.class);
        assertThat(read.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(read.payments().get(0).method()).isEqualTo(PaymentMethod.NATIONAL_PORTAL);
        // the old head is kept, so the host's stored anchor still names this dossier
        assertThat(read.headHash()).isEqualTo(oldHash(read.events().get(2))).isNotEqualTo(d.headHash());
        assertThat(read.verifyHistory().intact()).isTrue();
        assertThat(Dossier.verifyHistory(read.events(), read.headHash()).intact()).isTrue();
        assertThat(Dossier.replayVerified(read.events(), read.headHash()).status()).isEqualTo(DossierStatus.RECEIVED);
        // the history goes on: a new event links to the old head, and everything is written in the new spelling
        Dossier next = read.startProcessing(t(3), "o", null);
        assertThat(next.events().get(3).previousHash()).isEqualTo(read.headHash());
        assertThat(next.verifyHistory().intact()).isTrue();
        String written = Dvc4jJson.write(next);
        assertThat(written).contains("\"channel\":\"in-person\"").contains("\"method\":\"national-portal\"")
                .doesNotContain("in_person").doesNotContain("national_portal");
        assertThat(Dvc4jJson.read(written, Dossier.class)).isEqualTo(next);
    }

    @Test
    void aTamperedOldHistoryDoesNotVerify() throws Exception {
        String json = oldDocument(current());
        // another channel, in either spelling, is another meaning: the old-spelling hash no longer matches
        for (String edited : List.of(json.replace("\"channel\":\"in_person\"", "\"channel\":\"online\""),
                json.replaceFirst("\"channel\":\"in_person\"", "\"channel\":\"postal\""),
                json.replace("\"method\":\"national_portal\"", "\"method\":\"own_gateway\""))) {
            assertThat(edited).isNotEqualTo(json);
            assertThat(catchThrowable(() -> Dvc4jJson.read(edited, Dossier.class))).isInstanceOf(WireFormatException.class);
        }
        List<DossierEvent> chained = oldChain(current().events());
        Filed f = (Filed) chained.get(0);
        List<DossierEvent> tampered = new ArrayList<>(chained);
        tampered.set(0, new Filed(f.at(), f.actor(), f.note(), f.previousHash(), f.code(), f.procedure(), f.agency(),
                f.applicant(), Channel.POSTAL, f.resultDelivery(), f.period(), f.summary(), f.vneidAuthenticated(),
                f.documents(), f.fees()));
        assertThat(Dossier.verifyHistory(tampered, null).firstBad()).hasValue(1);
        assertThat(Dossier.verifyHistory(chained, null).intact()).isTrue();
        // a head anchored over the old spelling of another payment method is refused
        Paid p = (Paid) chained.get(2);
        Paid other = new Paid(p.at(), p.actor(), p.note(), p.previousHash(),
                new Payment(p.payment().amount(), PaymentMethod.OWN_GATEWAY, p.payment().reference()));
        assertThat(Dossier.verifyHistory(chained, oldHash(other)).intact()).isFalse();
        assertThat(Dossier.verifyHistory(chained, oldHash(p)).intact()).isTrue();
    }

    @Test
    void newHistoriesHashTheNewSpellingOnly() throws Exception {
        Dossier d = current();
        for (int i = 1; i < d.events().size(); i++) {
            DossierEvent before = d.events().get(i - 1);
            String canonical = Dvc4jJson.canonical().writerFor(DossierEvent.class).writeValueAsString(before);
            assertThat(canonical).doesNotContain("in_person").doesNotContain("national_portal");
            assertThat(d.events().get(i).previousHash()).isEqualTo(Dossier.hash(before));
        }
        assertThat(new String(CanonicalEvents.bytes(d.events().get(0)), StandardCharsets.UTF_8)).contains("\"in-person\"");
        // the old hash differs only where a name changed spelling
        assertThat(CanonicalEvents.legacyHash(d.events().get(0))).isEqualTo(oldHash(d.events().get(0)));
        assertThat(CanonicalEvents.legacyHash(d.events().get(1))).isNull();
        assertThat(CanonicalEvents.legacyHash(d.events().get(2))).isEqualTo(oldHash(d.events().get(2)));
    }
}
