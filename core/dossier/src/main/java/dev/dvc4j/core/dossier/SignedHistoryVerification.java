package dev.dvc4j.core.dossier;

import dev.dvc4j.core.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The verification of a dossier's history against trusted keys ({@link Dossier#verifyHistory(TrustedKeys)}): its hash
 * chain, one check per head signature, and how many events, from the first, a valid signature covers.
 *
 * <p>An event is <em>covered</em> when a signature by a trusted key signs a head that the history, intact up to it,
 * hashes to: nobody without that key can have changed it, even recomputing every hash. Events after the last valid
 * signature are not covered: they may be genuine (recorded since) or forged, and only a head hash anchored elsewhere
 * tells. A history is {@link #isValid() valid} when its chain is intact and no signature fails; how much of it is
 * covered is a separate question ({@link #firstUncovered()}).
 *
 * @param chain the hash chain's verification
 * @param signatures one check per signature, in the dossier's order
 * @param covered how many events, from the first, a valid signature covers (0 when none)
 * @param eventCount how many events the history has
 */
public record SignedHistoryVerification(HistoryVerification chain, List<SignatureCheck> signatures, int covered,
                                        int eventCount) {

    /** Validates and copies the parts. */
    public SignedHistoryVerification {
        Objects.requireNonNull(chain, "chain");
        signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
        if (covered < 0 || covered > eventCount) {
            throw new IllegalArgumentException("covered must be between 0 and eventCount");
        }
    }

    /** @return whether the chain is intact and no signature is bad, mismatched or over missing events */
    public boolean isValid() {
        return chain.intact() && signatures.stream().noneMatch(c -> c.status().isFailure());
    }

    /** @return whether every event is covered by a valid signature */
    public boolean isFullyCovered() {
        return eventCount > 0 && covered == eventCount;
    }

    /** @return the index of the first event no valid signature covers, or empty when every event is covered */
    public OptionalInt firstUncovered() {
        return covered < eventCount ? OptionalInt.of(covered) : OptionalInt.empty();
    }

    /** @return the checks that found a failure ({@link SignatureStatus#isFailure()}) */
    public List<SignatureCheck> failures() {
        return signatures.stream().filter(c -> c.status().isFailure()).toList();
    }

    /**
     * What is covered, in words: "events #0–#4 of 7 are covered; the first event not covered is #5 (processed)" or
     * "no event is covered by a valid signature".
     *
     * @param events the history, to name the first event not covered
     * @return the sentence
     */
    public LocalizedText coverage(List<? extends DossierEvent> events) {
        Objects.requireNonNull(events, "events");
        if (covered == 0) {
            return LocalizedText.of("Không sự kiện nào được một chữ ký hợp lệ bao phủ",
                    "No event is covered by a valid signature");
        }
        if (covered == eventCount) {
            return LocalizedText.of("Cả %d sự kiện đều được chữ ký hợp lệ bao phủ", "All %d events are covered by a valid signature")
                    .formatted(eventCount);
        }
        String type = covered < events.size() ? events.get(covered).type() : "?";
        return LocalizedText.of(
                "Sự kiện #0–#%d trong %d sự kiện được chữ ký hợp lệ bao phủ; sự kiện đầu tiên không được bao phủ là #%d (\"%s\")",
                "Events #0–#%d of %d are covered by a valid signature; the first event not covered is #%d (\"%s\")")
                .formatted(covered - 1, eventCount, covered, type);
    }
}
