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
import java.util.ArrayList;
import java.util.List;
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
     * @throws PostalException with code {@code postal.no-leg} if the dossier uses no postal leg, or
     *     {@code postal.request} naming every part of the applicant's address that is missing or malformed
     */
    public static PostalQuoteRequest request(Dossier dossier, PostalAddress agency, int weightGrams, String category) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(agency, "agency");
        Set<PostalLeg> legs = legsFor(dossier.channel(), dossier.resultDelivery());
        List<LocalizedText> missing = new ArrayList<>();
        PostalAddress applicant = postal(dossier.applicant().address(), missing, Party.APPLICANT);
        fail(dossier, missing);
        return PostalQuoteRequest.between(legs, applicant, agency, weightGrams,
                dossier.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate(), category);
    }

    /**
     * A request for a dossier, with the agency's address in the dossier's own type ({@link Address}, as a host keeps
     * it beside its dossiers): the same as {@link #request(Dossier, PostalAddress, int, String)}.
     *
     * @param dossier the dossier
     * @param agency the receiving agency's address: province and commune codes (the street line is not used)
     * @param weightGrams the weight of the dossier or result, in grams
     * @param category the applicant's beneficiary category code, or {@code null}
     * @return the request
     * @throws PostalException with code {@code postal.no-leg} if the dossier uses no postal leg, or
     *     {@code postal.request} naming every part of the two addresses that is missing or malformed
     */
    public static PostalQuoteRequest request(Dossier dossier, Address agency, int weightGrams, String category) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(agency, "agency");
        legsFor(dossier.channel(), dossier.resultDelivery());
        List<LocalizedText> missing = new ArrayList<>();
        PostalAddress applicant = postal(dossier.applicant().address(), missing, Party.APPLICANT);
        PostalAddress office = postal(agency, missing, Party.AGENCY);
        fail(dossier, missing);
        return request(dossier.channel(), dossier.resultDelivery(), applicant, office, weightGrams,
                dossier.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate(), category);
    }

    /**
     * A dossier's address as a postal address, the province and commune codes being what postage needs.
     *
     * @param address the address
     * @return the postal address
     * @throws PostalException with code {@code postal.request} naming each missing or malformed code
     */
    public static PostalAddress postalAddress(Address address) {
        Objects.requireNonNull(address, "address");
        List<LocalizedText> missing = new ArrayList<>();
        PostalAddress a = convert(address, missing, Party.ADDRESS);
        if (!missing.isEmpty()) {
            throw new PostalException("postal.request", join(LocalizedText.of("Không tính được cước bưu chính: ",
                    "Cannot price the postal service: "), missing));
        }
        return a;
    }

    private enum Party {
        APPLICANT("địa chỉ người nộp", "the applicant's address"),
        AGENCY("địa chỉ cơ quan tiếp nhận", "the receiving agency's address"),
        ADDRESS("địa chỉ", "the address");

        final LocalizedText name;

        Party(String vi, String en) {
            this.name = LocalizedText.of(vi, en);
        }
    }

    private static PostalAddress postal(Address address, List<LocalizedText> missing, Party party) {
        if (address == null) {
            missing.add(LocalizedText.of(
                    "không có " + party.name.vi() + " (cần mã tỉnh 2 chữ số và mã xã 5 chữ số)",
                    party.name.en() + " is missing (a 2-digit province code and a 5-digit commune code are needed)"));
            return null;
        }
        return convert(address, missing, party);
    }

    private static PostalAddress convert(Address address, List<LocalizedText> missing, Party party) {
        int before = missing.size();
        String p = address.provinceCode();
        String c = address.communeCode();
        if (p == null) {
            missing.add(LocalizedText.of(party.name.vi() + " không có mã tỉnh (2 chữ số, ví dụ \"42\" Hà Tĩnh)",
                    party.name.en() + " has no province code (2 digits, for example \"42\" Hà Tĩnh)"));
        }
        if (c == null) {
            missing.add(LocalizedText.of(party.name.vi() + " không có mã xã (5 chữ số), cần để xác định vùng giá",
                    party.name.en() + " has no commune code (5 digits), which the zone is found from"));
        }
        if (missing.size() > before) {
            return null;
        }
        try {
            return PostalAddress.of(p, c);
        } catch (PostalException e) {
            missing.add(LocalizedText.of(party.name.vi() + ": " + e.text().vi(), party.name.en() + ": " + e.text().en()));
            return null;
        }
    }

    private static void fail(Dossier dossier, List<LocalizedText> missing) {
        if (!missing.isEmpty()) {
            throw new PostalException("postal.request", join(LocalizedText.of(
                    "Không tính được cước bưu chính cho hồ sơ " + dossier.code() + ": ",
                    "Cannot price the postal service for dossier " + dossier.code() + ": "), missing));
        }
    }

    private static LocalizedText join(LocalizedText head, List<LocalizedText> parts) {
        StringBuilder vi = new StringBuilder(head.vi());
        StringBuilder en = new StringBuilder(head.en());
        for (int i = 0; i < parts.size(); i++) {
            vi.append(i == 0 ? "" : "; ").append(parts.get(i).vi());
            en.append(i == 0 ? "" : "; ").append(parts.get(i).en());
        }
        return LocalizedText.of(vi.toString(), en.toString());
    }
}
