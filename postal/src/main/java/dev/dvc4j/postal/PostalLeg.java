package dev.dvc4j.postal;

import dev.dvc4j.core.Labelled;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dvc4j.core.LocalizedText;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One way of a public postal (BCCI) service for a dossier (Decision 45/2016/QĐ-TTg): sending the dossier to the
 * agency, or returning the result to the applicant. "Two-way" is both legs, priced as the sum of the two.
 */
public enum PostalLeg implements Labelled {
    /** Sending the dossier from the applicant to the agency (gửi hồ sơ). */
    SEND("gửi hồ sơ", "sending the dossier"),
    /** Returning the result from the agency to the applicant (trả kết quả). */
    RETURN("trả kết quả", "returning the result");

    /** Only {@link #SEND}, unmodifiable. */
    public static final Set<PostalLeg> SEND_ONLY = Collections.unmodifiableSet(EnumSet.of(SEND));
    /** Only {@link #RETURN}, unmodifiable. */
    public static final Set<PostalLeg> RETURN_ONLY = Collections.unmodifiableSet(EnumSet.of(RETURN));
    /** Both legs, unmodifiable, in the order send then return. */
    public static final Set<PostalLeg> BOTH = Collections.unmodifiableSet(EnumSet.of(SEND, RETURN));

    private final LocalizedText label;

    PostalLeg(String vi, String en) {
        this.label = LocalizedText.of(vi, en);
    }

    /**
     * The leg's name in both languages.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The leg with a wire name (case-insensitive).
     *
     * @param name {@code "send"} or {@code "return"}
     * @return the leg
     * @throws PostalException for anything else
     */
    @JsonCreator
    public static PostalLeg fromWire(String name) {
        Objects.requireNonNull(name, "name");
        Optional<PostalLeg> leg = Labelled.findIgnoringCase(PostalLeg.class, name);
        if (leg.isPresent()) {
            return leg.get();
        }
        throw new PostalException("postal.leg", LocalizedText.of(
                "Chiều bưu chính \"%s\" không hợp lệ (send hoặc return)",
                "Unknown postal leg \"%s\" (send or return)").formatted(name));
    }

    /**
     * Parses the command-line choice {@code send}, {@code return} or {@code both} (case-insensitive).
     *
     * @param choice the choice
     * @return {@link #SEND_ONLY}, {@link #RETURN_ONLY} or {@link #BOTH}
     * @throws PostalException for anything else
     */
    public static Set<PostalLeg> parseChoice(String choice) {
        Objects.requireNonNull(choice, "choice");
        if ("both".equalsIgnoreCase(choice.strip())) {
            return BOTH;
        }
        try {
            return normalize(Set.of(fromWire(choice)));
        } catch (PostalException e) {
            throw new PostalException("postal.leg", LocalizedText.of(
                    "Chiều bưu chính \"%s\" không hợp lệ (send, return hoặc both)",
                    "Unknown postal leg \"%s\" (send, return or both)").formatted(choice));
        }
    }

    /**
     * One of the three shared unmodifiable sets with the same members, iterating send before return.
     *
     * @param legs a non-empty collection of legs
     * @return {@link #SEND_ONLY}, {@link #RETURN_ONLY} or {@link #BOTH}
     * @throws PostalException if the collection is null, empty or holds {@code null}
     */
    public static Set<PostalLeg> normalize(Collection<PostalLeg> legs) {
        if (legs == null || legs.isEmpty()) {
            throw new PostalException("postal.leg", LocalizedText.of(
                    "Phải chọn ít nhất một chiều bưu chính (gửi hồ sơ, trả kết quả)",
                    "At least one postal leg is required (legs: send, return)"));
        }
        boolean send = false;
        boolean ret = false;
        for (PostalLeg leg : legs) {
            if (leg == null) {
                throw new PostalException("postal.leg", LocalizedText.of(
                        "Chiều bưu chính rỗng", "A postal leg is null"));
            }
            send |= leg == SEND;
            ret |= leg == RETURN;
        }
        return send && ret ? BOTH : send ? SEND_ONLY : RETURN_ONLY;
    }
}
