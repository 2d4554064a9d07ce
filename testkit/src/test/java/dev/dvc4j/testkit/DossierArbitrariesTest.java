package dev.dvc4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.HeadSignature;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.JdkHistorySigner;
import dev.dvc4j.core.money.Vnd;
import java.security.KeyPairGenerator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the exploring arbitraries draw: filings of every shape, walks that end when nothing is left, signed heads. */
class DossierArbitrariesTest {

    @Test
    void filingsNameTheirChannelsActorAndCarryNumberedFeesAndFreshDigests() {
        List<Filing> filings = DossierArbitraries.filings().sampleStream().limit(600).toList();
        Set<String> digests = new HashSet<>();
        java.time.Instant epoch = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).atZone(dev.dvc4j.core.Dvc4j.VIETNAM).toInstant();
        for (Filing f : filings) {
            assertThat(f.actor()).isEqualTo(f.channel() == Channel.ONLINE ? "portal" : "one-stop");
            assertThat(f.fees()).hasSizeLessThanOrEqualTo(3);
            for (int i = 0; i < f.fees().size(); i++) {
                assertThat(f.fees().get(i).amount()).isEqualTo(Vnd.of(10_000L * (i + 1)));
                assertThat(f.fees().get(i).kind()).isEqualTo(i % 2 == 0 ? FeeKind.FEE : FeeKind.CHARGE);
            }
            digests.add(f.documents().get(0).sha256());
            // The flags follow the filing minute (since 2024-01-01), so they shrink with it.
            long minute = java.time.Duration.between(epoch, f.at()).toMinutes();
            assertThat(f.vneidAuthenticated()).as("VNeID at minute %d", minute).isEqualTo(minute % 3 == 0);
            assertThat(f.documents().get(0).digitised()).isEqualTo(minute % 2 == 0);
            assertThat(f.documents().get(0).reused()).isEqualTo(minute % 5 == 0);
        }
        assertThat(digests).hasSizeGreaterThan(filings.size() / 2);
    }

    @Test
    void aWalkStopsWhenNothingIsLeftToDo() {
        for (Dossier d : DossierArbitraries.dossiers().sampleStream().limit(300).toList()) {
            assertThat(Dossier.replay(d.events())).isEqualTo(d);
            // A walk of at most 20 steps: the filing and at most 20 events.
            assertThat(d.events()).hasSizeBetween(1, 21);
        }
    }

    @Test
    void aboutOneVersionInThreeIsSignedAtOrAfterItsHeadAndBeforeTheNextEvent() throws Exception {
        HistorySigner ed = JdkHistorySigner.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        int versions = 0;
        int signed = 0;
        boolean lastSigned = false;
        boolean laterThanHead = false;
        for (Dossier d : DossierArbitraries.signed(DossierArbitraries.dossiers(), List.of(ed)).sampleStream().limit(300).toList()) {
            List<DossierEvent> events = d.events();
            versions += events.size();
            for (HeadSignature s : d.signatures()) {
                signed++;
                DossierEvent head = events.get(s.version() - 1);
                assertThat(s.signedAt()).isAfterOrEqualTo(head.at());
                if (s.version() < events.size()) {
                    assertThat(s.signedAt()).isBeforeOrEqualTo(events.get(s.version()).at());
                } else {
                    lastSigned = true;
                }
                laterThanHead |= s.signedAt().isAfter(head.at());
            }
        }
        assertThat(100.0 * signed / versions).isBetween(22.0, 45.0);
        assertThat(lastSigned).isTrue();
        assertThat(laterThanHead).isTrue();
        assertThatThrownBy(() -> DossierArbitraries.signed(DossierArbitraries.dossiers(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("at least one signer");
    }
}
