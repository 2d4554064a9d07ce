package dev.dvc4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.testkit.DossierScenario;
import dev.dvc4j.testkit.HistoryForgery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dvc4j sign} and {@code dvc4j validate --head-hash / --trusted-keys}, with a re-hashed forgery. */
class SignedHistoryCommandsTest {

    @TempDir
    Path dir;

    Path key;
    Path trusted;
    Path otherTrusted;
    String keyId;

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    @BeforeEach
    void keys() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator ecGen = KeyPairGenerator.getInstance("EC");
        ecGen.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = ecGen.generateKeyPair();
        key = write("signing-key.pem", pem("PRIVATE KEY", ed.getPrivate().getEncoded()));
        trusted = write("trusted.pem", "# the agency's signing key\n" + pem("PUBLIC KEY", ed.getPublic().getEncoded()));
        otherTrusted = write("other.pem", pem("PUBLIC KEY", ec.getPublic().getEncoded()));
        keyId = JdkHistorySigner.of(ed.getPrivate()).keyId();
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    static Dossier returned() {
        return DossierScenario.online("1.002859").received().processing().approved().returned().dossier();
    }

    /** Signs a dossier file with the command line; returns the signed file. */
    private Path signed(Dossier d, String name) throws Exception {
        Path plain = write(name + ".plain.json", Dvc4jJson.write(d));
        Path out = dir.resolve(name);
        Cli.Run r = Cli.run("sign", plain.toString(), "--key", key.toString(), "--out", out.toString(),
                "--at", "2026-03-01T08:00", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    private static JsonNode json(Cli.Run r) throws Exception {
        return Dvc4jJson.mapper().readTree(r.out());
    }

    // ------------------------------------------------------------------ dvc4j sign

    @Test
    void signWritesTheDossierWithItsSignatureAndSaysWhatItSigned() throws Exception {
        Dossier d = returned();
        Path plain = write("d.json", Dvc4jJson.write(d));
        Path out = dir.resolve("signed.json");
        Cli.Run r = Cli.run("sign", plain.toString(), "--key", key.toString(), "--out", out.toString(), "--at", "2026-03-01T08:00");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Đã ký", "Mã khóa:", keyId, "ed25519", "2026-03-01 08:00", "Số sự kiện:  5");
        Dossier read = Dvc4jJson.read(Files.readString(out), Dossier.class);
        assertThat(read).isEqualTo(d);
        assertThat(read.signatures()).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(5);
            assertThat(s.keyId()).isEqualTo(keyId);
            assertThat(s.headHash()).isEqualTo(d.headHash());
        });
        Cli.Run again = Cli.run("sign", out.toString(), "--key", key.toString(), "--out", out.toString(),
                "--at", "2026-03-02T08:00", "--format", "json");
        assertThat(again.code()).isZero();
        JsonNode summary = json(again);
        assertThat(summary.get("signatures").asInt()).isEqualTo(2);
        assertThat(summary.get("keyId").asText()).isEqualTo(keyId);
        assertThat(summary.get("signedAt").asText()).isEqualTo("2026-03-02T08:00:00+07:00");
        Cli.Run toStdout = Cli.run("sign", plain.toString(), "--key", key.toString(), "--at", "2026-03-01T08:00");
        assertThat(toStdout.code()).isZero();
        assertThat(Dvc4jJson.read(toStdout.out(), Dossier.class).signatures()).hasSize(1);
    }

    @Test
    void signRefusesATimeBeforeTheLastEventAndABadKeyWithTheirCodes() throws Exception {
        Path plain = write("d.json", Dvc4jJson.write(returned()));
        Cli.Run early = Cli.run("sign", plain.toString(), "--key", key.toString(), "--at", "2020-01-01T08:00", "--lang", "en");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("signing time", "before the last signed event");
        assertThat(early.out()).isEmpty();
        Cli.Run publicKey = Cli.run("sign", plain.toString(), "--key", trusted.toString(), "--lang", "en", "--format", "json");
        assertThat(publicKey.code()).isEqualTo(1);
        assertThat(publicKey.err()).contains("dossier.key.unexpected-block", "PUBLIC KEY");
        Cli.Run missing = Cli.run("sign", plain.toString(), "--key", dir.resolve("nope.pem").toString(), "--lang", "en");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("File not found", "nope.pem");
        assertThat(Cli.run("sign", plain.toString()).code()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ validate --trusted-keys

    @Test
    void aSignedDossierIsValidAndFullyCovered() throws Exception {
        Path signed = signed(returned(), "signed.json");
        Cli.Run text = Cli.run("validate", signed.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(text.code()).as(text.out()).isZero();
        assertThat(text.out()).contains("Valid", "Signatures: 1", keyId, "Valid", "All 5 events are covered by a valid signature");
        Cli.Run vi = Cli.run("validate", signed.toString(), "--trusted-keys", trusted.toString());
        assertThat(vi.out()).contains("Hợp lệ", "Chữ ký:", "Cả 5 sự kiện đều được chữ ký hợp lệ bao phủ");
        Cli.Run j = Cli.run("validate", signed.toString(), "--trusted-keys", trusted.toString(), "--format", "json");
        JsonNode tree = json(j);
        assertThat(tree.get("valid").asBoolean()).isTrue();
        assertThat(tree.get("coveredEvents").asInt()).isEqualTo(5);
        assertThat(tree.get("firstUncoveredEvent").isNull()).isTrue();
        JsonNode s = tree.get("signatures").get(0);
        assertThat(s.get("status").asText()).isEqualTo("valid");
        assertThat(s.get("keyId").asText()).isEqualTo(keyId);
        assertThat(s.get("version").asInt()).isEqualTo(5);
        assertThat(s.get("algorithm").asText()).isEqualTo("ed25519");
        assertThat(s.get("signedAt").asText()).isEqualTo("2026-03-01T08:00:00+07:00");
    }

    @Test
    void eventsAfterTheLastSignatureAreNamedAsNotCovered() throws Exception {
        Dossier received = DossierScenario.online("1.002859").received().dossier();
        Path signed = signed(received, "received.json");
        Dossier later = Dvc4jJson.read(Files.readString(signed), Dossier.class)
                .startProcessing(java.time.Instant.parse("2026-03-01T02:00:00Z"), "officer", null);
        Path more = write("more.json", Dvc4jJson.write(later));
        Cli.Run r = Cli.run("validate", more.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Events #0–#1 of 3 are covered", "the first event not covered is #2 (\"processing-started\")");
        JsonNode tree = json(Cli.run("validate", more.toString(), "--trusted-keys", trusted.toString(), "--format", "json"));
        assertThat(tree.get("coveredEvents").asInt()).isEqualTo(2);
        assertThat(tree.get("firstUncoveredEvent").asInt()).isEqualTo(2);
    }

    @Test
    void anUnsignedDossierOrOneSignedByAnUntrustedKeyCoversNothingAndFails() throws Exception {
        Path plain = write("plain.json", Dvc4jJson.write(returned()));
        Cli.Run r = Cli.run("validate", plain.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Invalid", "dossier.signature.uncovered", "No event is covered by a valid signature");
        Path signed = signed(returned(), "signed.json");
        Cli.Run untrusted = Cli.run("validate", signed.toString(), "--trusted-keys", otherTrusted.toString(), "--lang", "en");
        assertThat(untrusted.code()).isEqualTo(1);
        assertThat(untrusted.out()).contains("Unknown key", "dossier.signature.uncovered");
    }

    @Test
    void aTrustedKeysFileWithAPrivateKeyIsRefused() throws Exception {
        Path signed = signed(returned(), "signed.json");
        Cli.Run r = Cli.run("validate", signed.toString(), "--trusted-keys", key.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("signing-key.pem", "never hand it to verifiers");
        Cli.Run missing = Cli.run("validate", signed.toString(), "--trusted-keys", dir.resolve("nope.pem").toString(), "--lang", "en");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("File not found");
    }

    // ------------------------------------------------------------------ the re-hashed forgery

    @Test
    void aRehashedForgeryPassesPlainValidateButNotTheHeadHashNorTheTrustedKeys() throws Exception {
        Dossier genuine = Dvc4jJson.read(Files.readString(signed(returned(), "signed.json")), Dossier.class);
        String storedHead = genuine.headHash();
        Path forged = write("forged.json", HistoryForgery.rehashedDocument(genuine, 2, "impostor", HistoryForgery.Signatures.DROP));
        Cli.Run plain = Cli.run("validate", forged.toString(), "--lang", "en");
        assertThat(plain.code()).as("the chain alone cannot tell").isZero();
        assertThat(plain.out()).contains("hash chain intact");

        Cli.Run anchored = Cli.run("validate", forged.toString(), "--head-hash", storedHead, "--lang", "en");
        assertThat(anchored.code()).isEqualTo(1);
        assertThat(anchored.out()).contains("$.headHash", "dossier.head-mismatch", "does not match the stored head hash");
        JsonNode tree = json(Cli.run("validate", forged.toString(), "--head-hash", storedHead, "--format", "json"));
        assertThat(tree.get("headHashMatches").asBoolean()).isFalse();

        Cli.Run signedCheck = Cli.run("validate", forged.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(signedCheck.code()).isEqualTo(1);
        assertThat(signedCheck.out()).contains("dossier.signature.uncovered");

        Path moved = write("moved.json", HistoryForgery.rehashedDocument(genuine, 2, "impostor",
                HistoryForgery.Signatures.MOVE_TO_FORGED_HEADS));
        assertThat(Cli.run("validate", moved.toString()).code()).as("the moved signature still reads").isZero();
        Cli.Run bad = Cli.run("validate", moved.toString(), "--trusted-keys", trusted.toString(), "--lang", "en", "--format", "json");
        assertThat(bad.code()).isEqualTo(1);
        JsonNode badTree = json(bad);
        assertThat(badTree.get("signatures").get(0).get("status").asText()).isEqualTo("bad-signature");
        assertThat(badTree.get("violations").get(0).get("path").asText()).isEqualTo("$.signatures[0]");
        assertThat(badTree.get("violations").get(0).get("code").asText()).isEqualTo("dossier.signature.bad-signature");

        Path kept = write("kept.json", HistoryForgery.rehashedDocument(genuine, 2, "impostor", HistoryForgery.Signatures.KEEP));
        Cli.Run keptRun = Cli.run("validate", kept.toString(), "--lang", "en");
        assertThat(keptRun.code()).as("a signature over a head the history no longer has is refused on reading").isEqualTo(1);
        assertThat(keptRun.out()).contains("dossier.signature.head-mismatch");
    }

    @Test
    void theHeadHashCatchesACutHistoryAndMatchesTheGenuineOne() throws Exception {
        Dossier d = returned();
        Path genuine = write("genuine.json", Dvc4jJson.write(d));
        Cli.Run ok = Cli.run("validate", genuine.toString(), "--head-hash", d.headHash().toUpperCase(), "--lang", "en");
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("matches the stored one");
        assertThat(json(Cli.run("validate", genuine.toString(), "--head-hash", d.headHash(), "--format", "json"))
                .get("headHashMatches").asBoolean()).isTrue();
        Path cut = write("cut.json", Dvc4jJson.write(Dossier.replay(d.events().subList(0, 3))));
        Cli.Run r = Cli.run("validate", cut.toString(), "--head-hash", d.headHash(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("dossier.head-mismatch", "cut or extended");
        Cli.Run malformed = Cli.run("validate", genuine.toString(), "--head-hash", "abc", "--lang", "en");
        assertThat(malformed.code()).isEqualTo(1);
        assertThat(malformed.err()).contains("64 hex digits");
    }

    @Test
    void theOptionsApplyToDossiersAndTrustedKeysToEveryLineOfAJsonLinesFile() throws Exception {
        Path signed = signed(returned(), "signed.json");
        String signedLine = Dvc4jJson.write(Dvc4jJson.read(Files.readString(signed), Dossier.class));
        Path lines = write("many.jsonl", signedLine + "\n" + Dvc4jJson.write(returned()) + "\n");
        Cli.Run r = Cli.run("validate", lines.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("invalid: 1", "line 2: $.events[0]", "dossier.signature.uncovered");
        Cli.Run head = Cli.run("validate", lines.toString(), "--head-hash", "a".repeat(64), "--lang", "en");
        assertThat(head.code()).isEqualTo(1);
        assertThat(head.err()).contains("--head-hash applies to one dossier");
        Path payload = write("payload.json", Cli.run("portal", "export", signed.toString()).out());
        Cli.Run portal = Cli.run("validate", payload.toString(), "--trusted-keys", trusted.toString(), "--lang", "en");
        assertThat(portal.code()).isEqualTo(1);
        assertThat(portal.err()).contains("apply to dossiers only");
    }
}
