package dev.dvc4j.postal.dossier;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalException;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuoteRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The bridge between a dossier and the public postal service (BCCI, Decision 45/2016/QĐ-TTg): which legs a dossier
 * uses and the quote request that prices them. It lives in its own artifact so that {@code dvc4j-postal} needs only
 * the base and a postal-only host pulls no dossier classes.
 */
public final class DossierPostage {

    private DossierPostage() {
    }

    /**
     * The legs a dossier uses: the send leg when it was filed by post ({@link Channel#POSTAL}), the return leg when
     * its result is delivered by post ({@link ResultDelivery#POSTAL}).
     *
     * @param channel how the dossier was filed
     * @param delivery how the result is returned
     * @return the legs
     * @throws PostalException with code {@code postal.no-leg} if the dossier uses no postal service
     */
    public static Set<PostalLeg> legsFor(Channel channel, ResultDelivery delivery) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(delivery, "delivery");
        boolean send = channel == Channel.POSTAL;
        boolean ret = delivery == ResultDelivery.POSTAL;
        if (!send && !ret) {
            throw new PostalException("postal.no-leg", LocalizedText.of(
                    "Hồ sơ không dùng dịch vụ bưu chính công ích (kênh %s, trả kết quả %s)",
                    "The dossier uses no public postal service (channel %s, result %s)")
                    .formatted(channel.wireName(), delivery.wireName()));
        }
        return send && ret ? PostalLeg.BOTH : send ? PostalLeg.SEND_ONLY : PostalLeg.RETURN_ONLY;
    }

    /**
     * A request for a dossier: legs from its channel and result delivery ({@link #legsFor(Channel, ResultDelivery)}),
     * zone resolved from the two addresses, province and commune from the agency's address.
     *
     * @param channel how the dossier was filed
     * @param delivery how the result is returned
     * @param applicant the applicant's address
     * @param agency the agency's address
     * @param weightGrams the weight
     * @param date the day
     * @param category a beneficiary category code, or {@code null}
     * @return the request
     */
    public static PostalQuoteRequest request(Channel channel, ResultDelivery delivery, PostalAddress applicant,
                                             PostalAddress agency, int weightGrams, LocalDate date, String category) {
        return PostalQuoteRequest.between(legsFor(channel, delivery), applicant, agency, weightGrams, date, category);
    }

    /**
     * A request for a dossier: the legs follow its channel (filed by post → the send leg) and its chosen result
     * delivery (by post → the return leg); the applicant's address comes from the dossier, the date is its filing
     * date in Vietnam.
     *
     * @param dossier the dossier
     * @param agency the receiving agency's address
     * @param weightGrams the weight of the dossier or result, in grams
     * @param category the applicant's beneficiary category code, or {@code null}
     * @return the request
     * @throws PostalException if the dossier uses no postal leg or its applicant has no province on file
     */
    public static PostalQuoteRequest request(Dossier dossier, PostalAddress agency, int weightGrams, String category) {
        Objects.requireNonNull(dossier, "dossier");
        Address a = dossier.applicant().address();
        if (a == null || a.provinceCode() == null) {
            throw new PostalException("postal.request", LocalizedText.of(
                    "Hồ sơ %s không có địa chỉ tỉnh của người nộp để tính cước bưu chính",
                    "Dossier %s has no applicant province to price the postal service").formatted(dossier.code()));
        }
        return request(dossier.channel(), dossier.resultDelivery(), PostalAddress.of(a.provinceCode(), a.communeCode()),
                agency, weightGrams, dossier.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate(), category);
    }
}
