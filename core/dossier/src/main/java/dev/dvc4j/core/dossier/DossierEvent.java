package dev.dvc4j.core.dossier;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step in a dossier's history. A dossier is its event list: {@link Dossier#replay(java.util.List)} rebuilds
 * the snapshot from it. Every event carries the SHA-256 of its predecessor's canonical JSON
 * ({@link #previousHash()}), so a host can prove its stored history was not edited, reordered or cut
 * ({@link Dossier#verifyHistory()}).
 *
 * <p>On the wire each event is an object with a {@code type} property naming the record.
 *
 * <p><b>Canonical JSON</b>, the form the hash chain hashes ({@link Dossier#hash(DossierEvent)}), so that a system
 * in any language can check a history: UTF-8, no whitespace; the {@code type} property first, then every other
 * property in alphabetical (UTF-16 code unit) order, nested objects likewise (an applicant's {@code type} first);
 * properties whose value is null left out, empty lists kept; instants as ISO-8601 at {@code +07:00} with the
 * fraction's trailing zeros dropped; amounts as integers; in strings {@code "} and {@code \} escaped, control
 * characters as {@code \b \t \n \f \r} or {@code \}{@code u00XX}, and each UTF-16 surrogate as
 * {@code \}{@code uXXXX} (upper-case hex), everything else as UTF-8; enum values by their kebab-case wire names
 * ({@code "channel":"in-person"}, {@code "method":"national-portal"}). It is exactly what
 * {@code Dvc4jJson.canonical().writerFor(DossierEvent.class)} writes.
 *
 * <p><b>Histories written with the old spelling.</b> Before kebab-case became the one spelling, three values were
 * written in snake_case — the channel {@code in_person} and the payment methods {@code national_portal} and
 * {@code own_gateway} — and the hashes of such events were computed over that spelling. Reading accepts the old
 * spelling for one release, and verification ({@link Dossier#verifyHistory}, {@link Dossier#replayVerified}, reading
 * a dossier) checks each link, and the stored head, first against the hash over the canonical JSON above and, only
 * if that fails, against the hash over the same JSON with every enum value in its old spelling
 * ({@code Labelled.legacyWireName()}). A link verifies exactly when it was computed over one of the two spellings of
 * the same values, so re-spelling changes nothing and any other edit still breaks the chain. A dossier replayed with
 * its stored head keeps that head, so the next event links to the hash the host stored; new events are only ever
 * hashed in the new spelling. An implementation in another language needs the old-spelling check only to verify
 * histories written before this release.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Filed.class, name = "filed"),
        @JsonSubTypes.Type(value = Received.class, name = "received"),
        @JsonSubTypes.Type(value = RefusedAtReception.class, name = "refused-at-reception"),
        @JsonSubTypes.Type(value = ProcessingStarted.class, name = "processing-started"),
        @JsonSubTypes.Type(value = SupplementRequested.class, name = "supplement-requested"),
        @JsonSubTypes.Type(value = Supplemented.class, name = "supplemented"),
        @JsonSubTypes.Type(value = ObligationRequested.class, name = "obligation-requested"),
        @JsonSubTypes.Type(value = Paid.class, name = "paid"),
        @JsonSubTypes.Type(value = Processed.class, name = "processed"),
        @JsonSubTypes.Type(value = ResultReturned.class, name = "result-returned"),
        @JsonSubTypes.Type(value = Withdrawn.class, name = "withdrawn"),
        @JsonSubTypes.Type(value = Stopped.class, name = "stopped"),
        @JsonSubTypes.Type(value = Apologised.class, name = "apologised")
})
public sealed interface DossierEvent permits Filed, Received, RefusedAtReception, ProcessingStarted, SupplementRequested, Supplemented, ObligationRequested, Paid, Processed, ResultReturned, Withdrawn, Stopped, Apologised {

    /** The {@link #previousHash()} of the first event: 64 zeros. */
    String GENESIS = "0".repeat(64);

    /** @return when it happened */
    Instant at();

    /** @return who did it */
    String actor();

    /** @return a free note, or {@code null} */
    String note();

    /** @return the SHA-256 (64 lower-case hex digits) of the previous event's canonical JSON */
    String previousHash();

    /** @return the wire name of this event's type */
    String type();

    /**
     * Requires a non-blank text.
     *
     * @param text the text; {@code null} is refused as blank text is, with the same error naming the field
     * @param field its name, for the message
     * @throws Dvc4jException {@code dossier.event-text} if the text is {@code null} or blank
     */
    static void requireText(@Nullable String text, String field) {
        Objects.requireNonNull(field, "field");
        if (text == null || text.isBlank()) {
            throw new Dvc4jException("dossier.event-text", LocalizedText.of(
                    "Sự kiện thiếu nội dung bắt buộc: %s", "An event needs a non-blank %s").formatted(field));
        }
    }

    /**
     * Validates the header every event shares.
     *
     * @param at the time
     * @param actor the actor
     * @param previousHash the previous hash
     */
    static void requireHeader(Instant at, String actor, String previousHash) {
        if (at == null) {
            throw new Dvc4jException("dossier.event-time", LocalizedText.of("Sự kiện thiếu thời điểm", "An event needs a time"));
        }
        if (actor == null || actor.isBlank()) {
            throw new Dvc4jException("dossier.event-actor", LocalizedText.of("Sự kiện thiếu người thực hiện", "An event needs an actor"));
        }
        if (!Hashing.isSha256Hex(previousHash)) {
            throw new Dvc4jException("dossier.event-hash", LocalizedText.of(
                    "Mã băm của sự kiện trước phải gồm 64 chữ số hệ 16 viết thường",
                    "An event's previous hash must be 64 lower-case hex digits"));
        }
    }
}
