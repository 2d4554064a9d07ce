package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.json.Dvc4jJson;
import dev.dvc4j.core.json.WireFormatException;
import dev.dvc4j.core.money.Vnd;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing dossier heads, keeping the signatures, and verifying histories against trusted keys. */
class SignedHistoryTest {

    static final JdkHistorySigner ED = JdkHistorySigner.fromPem(SigningKeysTest.resource("ed25519.pem"));
    static final JdkHistorySigner EC = JdkHistorySigner.fromPem(SigningKeysTest.resource("p256.pem"));
    static final TrustedKeys TRUSTED = TrustedKeys.of(ED.publicKey(), EC.publicKey());

    /** Received (signed by both keys), processed, returned (signed by the Ed25519 key): 5 events. */
    static Dossier signed() {
        Dossier received = DossierLifecycleTest.filed().receive(t(1), "officer-1", POLICY)
                .sign(ED, t(1)).sign(EC, t(1).plusSeconds(30));
        return received.startProcessing(t(2), "officer-1", "Phòng A")
                .approve(t(3), "leader", List.of(new ResultDocument("PH-1", "Phù hiệu", true, null)))
                .pay(t(3), "citizen", new Payment(Vnd.of(50_000), PaymentMethod.CASH, null))
                .returnResult(t(4), "officer-1")
                .sign(ED, t(4));
    }

    /** The events with event #index's actor replaced and every later link recomputed: an intact, forged chain. */
    static List<DossierEvent> rehashed(List<DossierEvent> events, int index, String actor) throws Exception {
        List<DossierEvent> out = new ArrayList<>();
        String previous = DossierEvent.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            DossierEvent e = LegacySpellingTest.withPreviousHash(events.get(i), previous);
            if (i == index) {
                ObjectNode tree = Dvc4jJson.mapper().valueToTree(e);
                tree.put("actor", actor);
                e = Dvc4jJson.mapper().treeToValue(tree, DossierEvent.class);
            }
            out.add(e);
            previous = Dossier.hash(e);
        }
        return out;
    }

    // ------------------------------------------------------------------ signing

    @Test
    void aSignedDossierVerifiesAndEveryEventIsCovered() {
        Dossier d = signed();
        assertThat(d.signatures()).hasSize(3);
        assertThat(d.signatures().get(0)).satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.keyId()).isEqualTo(SigningKeysTest.ED25519_ID);
            assertThat(s.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
            assertThat(s.signedAt()).isEqualTo(t(1));
        });
        assertThat(d.signatures().get(1).algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
        assertThat(d.signatures().get(2).version()).isEqualTo(6);
        assertThat(d.signatures().get(2).headHash()).isEqualTo(d.headHash());
        SignedHistoryVerification v = d.verifyHistory(TRUSTED);
        assertThat(v.isValid()).isTrue();
        assertThat(v.isFullyCovered()).isTrue();
        assertThat(v.covered()).isEqualTo(6);
        assertThat(v.firstUncovered()).isEmpty();
        assertThat(v.failures()).isEmpty();
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsOnly(SignatureStatus.VALID);
        assertThat(v.signatures()).allMatch(SignatureCheck::isValid);
        assertThat(v.signatures().get(2).message().en()).contains("Signature #2", "is valid", "#0–#5");
        assertThat(v.coverage(d.events()).en()).isEqualTo("All 6 events are covered by a valid signature");
    }

    @Test
    void signaturesAreCarriedForwardAndLeftOutOfEquality() {
        Dossier received = DossierLifecycleTest.filed().receive(t(1), "o", POLICY).sign(ED, t(1));
        Dossier later = received.startProcessing(t(2), "o", null).noted("ghi chú", x -> x.requestSupplement(t(3), "o", "Thiếu"));
        assertThat(later.signatures()).isEqualTo(received.signatures());
        assertThat(Dossier.replay(later.events())).isEqualTo(later);
        assertThat(Dossier.replay(later.events()).signatures()).isEmpty();
        assertThat(later.hashCode()).isEqualTo(Dossier.replay(later.events()).hashCode());
        SignedHistoryVerification v = later.verifyHistory(TRUSTED);
        assertThat(v.isValid()).isTrue();
        assertThat(v.isFullyCovered()).isFalse();
        assertThat(v.covered()).isEqualTo(2);
        assertThat(v.firstUncovered()).hasValue(2);
        assertThat(v.coverage(later.events()).en()).isEqualTo(
                "Events #0–#1 of 4 are covered by a valid signature; the first event not covered is #2 (\"processing-started\")");
    }

    @Test
    void anUnsignedDossierHasNoCoverage() {
        Dossier d = DossierLifecycleTest.filed();
        SignedHistoryVerification v = d.verifyHistory(TRUSTED);
        assertThat(v.isValid()).isTrue();
        assertThat(v.covered()).isZero();
        assertThat(v.firstUncovered()).hasValue(0);
        assertThat(v.isFullyCovered()).isFalse();
        assertThat(v.coverage(d.events()).en()).isEqualTo("No event is covered by a valid signature");
        assertThat(d.sign(ED, t(0)).verifyHistory(TRUSTED).isFullyCovered()).isTrue();
    }

    @Test
    void theSigningTimeMayEqualTheLastEventButNotPrecedeIt() {
        Dossier d = DossierLifecycleTest.filed().receive(t(1), "o", POLICY);
        assertThat(d.sign(ED, t(1)).signatures()).hasSize(1);
        assertThatThrownBy(() -> d.sign(ED, t(1).minusNanos(1)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.before-head");
                    assertThat(e.text().en()).contains("000.00.21.H42-260210-0001", "#1");
                });
    }

    @Test
    void aBrokenChainIsNotSigned() throws Exception {
        Dossier d = DossierLifecycleTest.filed().receive(t(1), "o", POLICY).startProcessing(t(2), "o", null);
        List<DossierEvent> events = new ArrayList<>(d.events());
        ObjectNode tree = Dvc4jJson.mapper().valueToTree(events.get(1));
        tree.put("actor", "someone-else");
        events.set(1, Dvc4jJson.mapper().treeToValue(tree, DossierEvent.class));
        Dossier broken = Dossier.replay(events);
        assertThat(broken.verifyHistory().intact()).isFalse();
        assertThatThrownBy(() -> broken.sign(ED, t(3)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.broken-chain");
                    assertThat(e.text().en()).contains("is not signed", "#2");
                    assertThat(e.text().vi()).contains("chuỗi băm");
                });
    }

    @Test
    void aFailingOrLyingSignerIsReportedAndNothingIsKept() throws Exception {
        Dossier d = DossierLifecycleTest.filed();
        HistorySigner failing = new HistorySigner() {
            @Override
            public PublicKey publicKey() {
                return ED.publicKey();
            }

            @Override
            public byte[] sign(byte[] message) throws java.io.IOException {
                throw new java.io.IOException("HSM unreachable");
            }
        };
        assertThatThrownBy(() -> d.sign(failing, t(0)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.signer-failed");
                    assertThat(e.text().en()).contains(SigningKeysTest.ED25519_ID);
                    assertThat(e.getCause()).hasMessage("HSM unreachable");
                });
        HistorySigner otherKey = new HistorySigner() {
            @Override
            public PublicKey publicKey() {
                return ED.publicKey();
            }

            @Override
            public byte[] sign(byte[] message) throws java.security.GeneralSecurityException {
                return JdkHistorySigner.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate()).sign(message);
            }
        };
        assertThatThrownBy(() -> d.sign(otherKey, t(0)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.signer-invalid"));
        HistorySigner nothing = new HistorySigner() {
            @Override
            public PublicKey publicKey() {
                return EC.publicKey();
            }

            @Override
            public byte[] sign(byte[] message) {
                return null;
            }
        };
        assertThatThrownBy(() -> d.sign(nothing, t(0)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.signer-invalid"));
        HistorySigner rsa = new HistorySigner() {
            @Override
            public PublicKey publicKey() {
                try {
                    return KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
                } catch (java.security.GeneralSecurityException e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public byte[] sign(byte[] message) {
                throw new AssertionError("never asked");
            }
        };
        assertThatThrownBy(() -> d.sign(rsa, t(0)))
                .isInstanceOfSatisfying(SigningKeyException.class, e -> assertThat(e.code()).isEqualTo("dossier.key.unsupported"));
        assertThat(d.signatures()).isEmpty();
    }

    @Test
    void nullsAreRefusedWithTheirNames() {
        Dossier d = DossierLifecycleTest.filed();
        assertThatThrownBy(() -> d.sign(null, t(0))).hasMessage("signer");
        assertThatThrownBy(() -> d.sign(ED, null)).hasMessage("at");
        assertThatThrownBy(() -> d.withSignature(null)).hasMessage("signature");
        assertThatThrownBy(() -> d.verifyHistory((TrustedKeys) null)).hasMessage("trusted");
        assertThatThrownBy(() -> Dossier.verifyHistory(d.events(), null, TRUSTED)).hasMessage("signatures");
    }

    // ------------------------------------------------------------------ signatures kept with a dossier

    @Test
    void aSignatureMadeElsewhereIsAddedWhenItsHeadIsTheHistorysOwn() {
        Dossier d = signed();
        Dossier plain = Dossier.replay(d.events());
        Dossier readded = plain;
        for (HeadSignature s : d.signatures()) {
            readded = readded.withSignature(s);
        }
        assertThat(readded.signatures()).isEqualTo(d.signatures());
        HeadSignature first = d.signatures().get(0);
        assertThatThrownBy(() -> d.withSignature(first))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.duplicate"));
        HeadSignature otherHead = new HeadSignature(2, "b".repeat(64), first.keyId(), first.algorithm(), first.signedAt(),
                first.signature());
        assertThatThrownBy(() -> plain.withSignature(otherHead))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.head-mismatch");
                    assertThat(e.text().en()).contains("first 2 events");
                });
        HeadSignature beyond = new HeadSignature(7, first.headHash(), first.keyId(), first.algorithm(), first.signedAt(),
                first.signature());
        assertThatThrownBy(() -> plain.withSignature(beyond))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.beyond-history");
                    assertThat(e.text().en()).contains("signs 7 events", "has only 6");
                });
        HeadSignature sixAt6 = new HeadSignature(6, d.headHash(), first.keyId(), first.algorithm(), t(4), first.signature());
        assertThat(plain.withSignature(sixAt6).signatures()).containsExactly(sixAt6);
        HeadSignature early = new HeadSignature(2, first.headHash(), first.keyId(), first.algorithm(), t(1).minusSeconds(1),
                first.signature());
        assertThatThrownBy(() -> plain.withSignature(early))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> assertThat(e.code()).isEqualTo("dossier.signature.before-head"));
    }

    @Test
    void aDossierKeepsAtMostMaxSignatures() throws Exception {
        Dossier d = DossierLifecycleTest.filed().sign(ED, t(0));
        HeadSignature s = d.signatures().get(0);
        Dossier full = d;
        for (int i = 1; i < Dossier.MAX_SIGNATURES; i++) {
            full = full.withSignature(new HeadSignature(1, s.headHash(), s.keyId(), s.algorithm(), t(0).plusSeconds(i), s.signature()));
        }
        assertThat(full.signatures()).hasSize(Dossier.MAX_SIGNATURES);
        Dossier atLimit = full;
        assertThatThrownBy(() -> atLimit.sign(ED, t(1)))
                .isInstanceOfSatisfying(HistorySignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("dossier.signature.too-many");
                    assertThat(e.text().en()).contains("more than 1000 signatures");
                });
        assertThat(Dvc4jJson.read(Dvc4jJson.write(atLimit), Dossier.class).signatures()).hasSize(Dossier.MAX_SIGNATURES);
        ObjectNode tree = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(atLimit));
        ObjectNode extra = ((ObjectNode) tree.get("signatures").get(0)).deepCopy();
        extra.put("signedAt", "2027-01-01T00:00:00+07:00");
        ((ArrayNode) tree.get("signatures")).add(extra);
        assertThatThrownBy(() -> Dvc4jJson.read(tree.toString(), Dossier.class))
                .hasRootCauseInstanceOf(HistorySignatureException.class).hasMessageContaining("more than 1000 signatures");
    }

    @Test
    void signaturesRoundTripThroughTheWireFormatAndAreLeftOutWhenThereAreNone() throws Exception {
        Dossier d = signed();
        String json = Dvc4jJson.write(d);
        assertThat(json).endsWith("\"signedAt\":\"2026-02-10T13:00:00+07:00\",\"signature\":\""
                + d.signatures().get(2).signature() + "\"}]}");
        assertThat(json).contains("\"signatures\":[{\"version\":2,\"headHash\":\"" + d.signatures().get(0).headHash()
                + "\",\"keyId\":\"" + SigningKeysTest.ED25519_ID + "\",\"algorithm\":\"ed25519\",\"signedAt\":\"2026-02-10T10:00:00+07:00\"");
        Dossier back = Dvc4jJson.read(json, Dossier.class);
        assertThat(back).isEqualTo(d);
        assertThat(back.signatures()).isEqualTo(d.signatures());
        assertThat(back.verifyHistory(TRUSTED).isFullyCovered()).isTrue();
        assertThat(Dvc4jJson.write(back)).isEqualTo(json);
        Dossier plain = Dossier.replay(d.events());
        assertThat(Dvc4jJson.write(plain)).doesNotContain("signatures");
        ObjectNode tree = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(plain));
        tree.putArray("signatures");
        assertThat(Dvc4jJson.read(tree.toString(), Dossier.class).signatures()).isEmpty();
    }

    @Test
    void readingRefusesASignatureOverAHeadTheHistoryDoesNotHave() throws Exception {
        Dossier d = signed();
        ObjectNode tree = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ((ObjectNode) tree.get("signatures").get(1)).put("version", 3);
        assertThatThrownBy(() -> Dvc4jJson.read(tree.toString(), Dossier.class))
                .isInstanceOf(WireFormatException.class)
                .hasRootCauseInstanceOf(HistorySignatureException.class)
                .hasMessageContaining("Signature #1 signs a head hash that the first 3 events");
        ObjectNode beyond = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ((ObjectNode) beyond.get("signatures").get(0)).put("version", 9);
        assertThatThrownBy(() -> Dvc4jJson.read(beyond.toString(), Dossier.class))
                .hasRootCauseInstanceOf(HistorySignatureException.class).hasMessageContaining("signs 9 events");
        ObjectNode malformed = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ((ObjectNode) malformed.get("signatures").get(0)).put("signature", "not base64!");
        assertThatThrownBy(() -> Dvc4jJson.read(malformed.toString(), Dossier.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("signatures[0]")
                .hasMessageContaining("Base64");
        ObjectNode unknownAlgorithm = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ((ObjectNode) unknownAlgorithm.get("signatures").get(0)).put("algorithm", "rsa");
        assertThatThrownBy(() -> Dvc4jJson.read(unknownAlgorithm.toString(), Dossier.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("algorithm");
        ObjectNode extra = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ((ObjectNode) extra.get("signatures").get(0)).put("certificate", "x");
        assertThatThrownBy(() -> Dvc4jJson.read(extra.toString(), Dossier.class))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("certificate");
    }

    // ------------------------------------------------------------------ forgeries

    @Test
    void aRehashedForgeryBeforeASignedHeadIsReportedWithTheFirstUncoveredEvent() throws Exception {
        Dossier d = signed();
        // Edit event #3 (processed) and recompute every later hash: the chain is intact again.
        List<DossierEvent> forged = rehashed(d.events(), 3, "impostor");
        assertThat(Dossier.verifyHistory(forged, null).intact()).isTrue();
        assertThat(Dossier.replay(forged).headHash()).isNotEqualTo(d.headHash());
        SignedHistoryVerification v = Dossier.verifyHistory(forged, d.signatures(), TRUSTED);
        assertThat(v.chain().intact()).isTrue();
        assertThat(v.isValid()).isFalse();
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsExactly(
                SignatureStatus.VALID, SignatureStatus.VALID, SignatureStatus.HEAD_MISMATCH);
        assertThat(v.covered()).isEqualTo(2);
        assertThat(v.firstUncovered()).hasValue(2);
        assertThat(v.failures()).singleElement().satisfies(c -> assertThat(c.message().en())
                .contains("Signature #2", "first 6 events do not hash to the head", "#0 to #5"));
        // An edit of the filed event: nothing is covered.
        SignedHistoryVerification first = Dossier.verifyHistory(rehashed(d.events(), 0, "impostor"), d.signatures(), TRUSTED);
        assertThat(first.covered()).isZero();
        assertThat(first.signatures()).extracting(SignatureCheck::status).containsOnly(SignatureStatus.HEAD_MISMATCH);
        // Re-reading the forged document with its signatures fails; with the signatures dropped it reads, uncovered.
        ObjectNode tree = (ObjectNode) Dvc4jJson.mapper().readTree(Dvc4jJson.write(d));
        ArrayNode events = tree.putArray("events");
        forged.forEach(e -> events.add(Dvc4jJson.mapper().<ObjectNode>valueToTree(e)));
        tree.put("headHash", Dossier.hash(forged.get(forged.size() - 1)));
        assertThatThrownBy(() -> Dvc4jJson.read(tree.toString(), Dossier.class))
                .hasRootCauseInstanceOf(HistorySignatureException.class).hasMessageContaining("Signature #2");
        tree.remove("signatures");
        Dossier read = Dvc4jJson.read(tree.toString(), Dossier.class);
        assertThat(read.verifyHistory().intact()).isTrue();
        assertThat(read.verifyHistory(TRUSTED).covered()).isZero();
    }

    @Test
    void aSignatureMovedToTheForgedHeadNoLongerVerifies() throws Exception {
        Dossier d = signed();
        List<DossierEvent> forged = rehashed(d.events(), 4, "impostor");
        List<HeadSignature> restamped = new ArrayList<>();
        for (HeadSignature s : d.signatures()) {
            String head = Dossier.hash(forged.get(s.version() - 1));
            restamped.add(new HeadSignature(s.version(), head, s.keyId(), s.algorithm(), s.signedAt(), s.signature()));
        }
        SignedHistoryVerification v = Dossier.verifyHistory(forged, restamped, TRUSTED);
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsExactly(
                SignatureStatus.VALID, SignatureStatus.VALID, SignatureStatus.BAD_SIGNATURE);
        assertThat(v.signatures().get(2).message().en()).contains("does not verify", "altered or forged");
        assertThat(v.isValid()).isFalse();
        assertThat(v.firstUncovered()).hasValue(2);
    }

    @Test
    void alteredSignaturesUnknownKeysAndMismatchedAlgorithmsAreReported() {
        Dossier d = signed();
        HeadSignature s = d.signatures().get(0);
        byte[] flipped = s.signatureBytes();
        flipped[0] ^= 1;
        HeadSignature bad = new HeadSignature(s.version(), s.headHash(), s.keyId(), s.algorithm(), s.signedAt(),
                Base64.getEncoder().encodeToString(flipped));
        HeadSignature later = new HeadSignature(s.version(), s.headHash(), s.keyId(), s.algorithm(), s.signedAt().plusSeconds(1),
                s.signature());
        HeadSignature wrongAlgorithm = new HeadSignature(s.version(), s.headHash(), s.keyId(),
                SignatureAlgorithm.ECDSA_P256_SHA256, s.signedAt(), Base64.getEncoder().encodeToString(new byte[70]));
        SignedHistoryVerification v = Dossier.verifyHistory(d.events(), List.of(bad, later, wrongAlgorithm), TRUSTED);
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsOnly(SignatureStatus.BAD_SIGNATURE);
        assertThat(v.signatures().get(2).message().en()).contains("names the algorithm ecdsa-p256-sha256", "is ed25519");
        assertThat(v.covered()).isZero();
        SignedHistoryVerification unknown = d.verifyHistory(TrustedKeys.of(EC.publicKey()));
        assertThat(unknown.signatures()).extracting(SignatureCheck::status).containsExactly(
                SignatureStatus.UNKNOWN_KEY, SignatureStatus.VALID, SignatureStatus.UNKNOWN_KEY);
        assertThat(unknown.isValid()).isTrue();
        assertThat(unknown.covered()).isEqualTo(2);
        assertThat(unknown.signatures().get(0).message().en()).contains("not trusted", SigningKeysTest.ED25519_ID);
        assertThat(d.verifyHistory(TrustedKeys.none()).covered()).isZero();
        assertThat(SignatureStatus.UNKNOWN_KEY.isFailure()).isFalse();
        assertThat(SignatureStatus.VALID.isFailure()).isFalse();
        assertThat(SignatureStatus.BAD_SIGNATURE.isFailure()).isTrue();
    }

    @Test
    void aHistoryCutBelowASignedHeadIsReportedAsMissingEvents() {
        Dossier d = signed();
        List<DossierEvent> cut = d.events().subList(0, 4);
        SignedHistoryVerification v = Dossier.verifyHistory(cut, d.signatures(), TRUSTED);
        assertThat(v.chain().intact()).isTrue();
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsExactly(
                SignatureStatus.VALID, SignatureStatus.VALID, SignatureStatus.MISSING_EVENTS);
        assertThat(v.signatures().get(2).message().en()).contains("valid over 6 events", "has only 4", "removed");
        assertThat(v.isValid()).isFalse();
        assertThat(v.covered()).isEqualTo(2);
        assertThat(v.eventCount()).isEqualTo(4);
        SignedHistoryVerification empty = Dossier.verifyHistory(List.of(), d.signatures(), TRUSTED);
        assertThat(empty.signatures()).extracting(SignatureCheck::status).containsOnly(SignatureStatus.HEAD_MISMATCH);
        assertThat(empty.chain().intact()).isFalse();
    }

    @Test
    void anEditThatWasNotRehashedBreaksTheChainAndTheSignaturesAboveIt() throws Exception {
        Dossier d = signed();
        List<DossierEvent> events = new ArrayList<>(d.events());
        ObjectNode tree = Dvc4jJson.mapper().valueToTree(events.get(3));
        tree.put("actor", "impostor");
        events.set(3, Dvc4jJson.mapper().treeToValue(tree, DossierEvent.class));
        SignedHistoryVerification v = Dossier.verifyHistory(events, d.signatures(), TRUSTED);
        assertThat(v.chain().intact()).isFalse();
        assertThat(v.chain().firstBadIndex()).isEqualTo(4);
        assertThat(v.signatures()).extracting(SignatureCheck::status).containsExactly(
                SignatureStatus.VALID, SignatureStatus.VALID, SignatureStatus.HEAD_MISMATCH);
        assertThat(v.covered()).isEqualTo(2);
        assertThat(v.isValid()).isFalse();
    }

    @Test
    void aHistoryInTheOldSpellingSignedAfterReadingVerifies() throws Exception {
        Dossier old = Dvc4jJson.read(LegacySpellingTest.oldDocument(LegacySpellingTest.current()), Dossier.class);
        Dossier signedOld = old.sign(ED, t(3));
        assertThat(signedOld.signatures().get(0).headHash()).isEqualTo(old.headHash());
        assertThat(signedOld.verifyHistory(TRUSTED).isFullyCovered()).isTrue();
        Dossier back = Dvc4jJson.read(Dvc4jJson.write(signedOld), Dossier.class);
        assertThat(back.signatures()).isEqualTo(signedOld.signatures());
        Dossier next = back.startProcessing(t(4), "o", null).sign(EC, t(4));
        SignedHistoryVerification v = next.verifyHistory(TRUSTED);
        assertThat(v.isValid()).isTrue();
        assertThat(v.isFullyCovered()).isTrue();
    }

    @Test
    void aSignatureIsOnlyValidForItsOwnDossier() {
        Dossier d = signed();
        Instant at = t(0);
        Dossier other = Dossier.file(new Filing(dev.dvc4j.core.id.DossierCode.parse("000.00.21.H42-260210-0002"),
                d.procedure(), d.agency(), d.applicant(), d.channel(), d.resultDelivery(), d.period(), d.summary(),
                d.vneidAuthenticated(), d.documents().subList(0, 1), d.fees(), at, "portal", null));
        HeadSignature theirs = other.sign(ED, at).signatures().get(0);
        HeadSignature transplanted = new HeadSignature(1, Dossier.hash(d.events().get(0)), theirs.keyId(), theirs.algorithm(),
                theirs.signedAt(), theirs.signature());
        assertThat(Dossier.verifyHistory(d.events(), List.of(transplanted), TRUSTED).signatures().get(0).status())
                .isEqualTo(SignatureStatus.BAD_SIGNATURE);
    }
}
