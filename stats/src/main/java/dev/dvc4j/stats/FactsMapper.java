package dev.dvc4j.stats;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.SupplementRound;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.portal.PortalDocument;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalPoints;
import dev.dvc4j.core.portal.PortalSupplement;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.spi.Extensions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds {@link DossierFacts} from a {@link Dossier} or from a national-portal payload ({@link PortalDossier}).
 *
 * <p>What a dossier does not say comes from the optional context:
 * <ul>
 *   <li>sector, fee-bearing, and the service level (legacy level and full/partial online) from a procedure
 *       {@link Catalogue} assessed with {@link ServiceLevels} on the filing date; without one the sector is empty, the
 *       level 0 (unknown) and fee-bearing means "fees were charged";</li>
 *   <li>the province from {@link #withProvince(Function)}; by default the agency code's level-1 unit
 *       ({@code H42} in {@code 000.00.21.H42});</li>
 *   <li>for a portal payload, the result delivery from its system-specific {@code HinhThuc} code, read through the
 *       one portal code table ({@link PortalPoints#CODES}, or {@link #withPortalCodes}) that the payload builder
 *       and reader also use.</li>
 * </ul>
 *
 * <p>The due time given to the statistics is {@link Dossier#baseDueAt()}: the one set at receipt, moved only by
 * apologies (form 04), because the on-time rule accounts for supplements itself. For a portal payload that is the first supplement's {@code NgayHenTraTruoc}, or
 * {@code NgayHenTra} when there was no supplement. The end of processing follows the portal's priority (processed,
 * else returned, else stopped, refused or withdrawn). "Reused" means a document reused earlier data or came from the
 * national store; "population data" means a document came from the national store.
 *
 * <p>Immutable and thread-safe; level assessments are cached per procedure, agency and date.
 */
public final class FactsMapper {

    private final Catalogue catalogue;
    private final ServiceLevels levels;
    private final Function<AgencyCode, String> province;
    private final PortalCodes codes;
    private final Map<String, Optional<LevelAssessment>> assessments = new ConcurrentHashMap<>();

    private FactsMapper(Catalogue catalogue, ServiceLevels levels, Function<AgencyCode, String> province,
                        PortalCodes codes) {
        this.catalogue = catalogue;
        this.levels = levels;
        this.province = province;
        this.codes = codes;
    }

    /**
     * The mapper a runtime configures: sector, fee-bearing and service levels from its
     * {@link ProcedurePoints#CATALOGUE catalogue} assessed under its {@link ServiceLevels regimes}; the province from
     * the agency code's level-1 unit.
     *
     * @param dvc4j the runtime
     * @return the mapper
     */
    public static FactsMapper from(Extensions dvc4j) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        return new FactsMapper(dvc4j.get(ProcedurePoints.CATALOGUE), ServiceLevels.from(dvc4j), AgencyCode::levelOneUnit,
                dvc4j.get(PortalPoints.CODES));
    }

    /**
     * @return a mapper with no catalogue, the province taken from the agency code's level-1 unit, and the bundled
     *         portal code table ({@link PortalCodes#defaults()})
     */
    public static FactsMapper defaults() {
        return new FactsMapper(null, null, AgencyCode::levelOneUnit, PortalCodes.defaults());
    }

    /**
     * A copy that reads a portal payload's system-specific codes ({@code HinhThuc}) with another code table.
     *
     * @param portalCodes the table of the portal contract
     * @return the copy
     */
    public FactsMapper withPortalCodes(PortalCodes portalCodes) {
        return new FactsMapper(catalogue, levels, province, Objects.requireNonNull(portalCodes, "portalCodes"));
    }

    /** @return the catalogue sectors, fees and levels come from, if any */
    public Optional<Catalogue> catalogue() {
        return Optional.ofNullable(catalogue);
    }

    /**
     * A copy that takes sector, fee-bearing and service levels from a catalogue.
     *
     * @param catalogue the procedures and offers
     * @param levels the service-level regimes
     * @return the copy
     */
    public FactsMapper withCatalogue(Catalogue catalogue, ServiceLevels levels) {
        return new FactsMapper(Objects.requireNonNull(catalogue, "catalogue"), Objects.requireNonNull(levels, "levels"), province,
                codes);
    }

    /**
     * A copy with another way to name a dossier's province.
     *
     * @param provinceOfAgency the province code of a receiving agency
     * @return the copy
     */
    public FactsMapper withProvince(Function<AgencyCode, String> provinceOfAgency) {
        return new FactsMapper(catalogue, levels, Objects.requireNonNull(provinceOfAgency, "provinceOfAgency"), codes);
    }

    /**
     * The facts of a dossier.
     *
     * @param d the dossier
     * @return its facts
     */
    public DossierFacts fromDossier(Dossier d) {
        DossierFacts.Builder b = DossierFacts.builder()
                .code(d.code().toString())
                .agency(d.agency().toString())
                .procedure(d.procedure().toString())
                .province(province.apply(d.agency()))
                .channel(d.channel())
                .status(d.status())
                .filedAt(d.filedAt())
                .receivedAt(d.receivedAt())
                .dueAt(d.baseDueAt())
                .finishedAt(d.processingEndedAt())
                .returnedAt(d.returnedAt())
                .paymentFlag(d.onlinePaymentFlag().orElse(0))
                .digitised(d.documents().stream().anyMatch(SubmittedDocument::digitised))
                .reused(d.documents().stream().anyMatch(x -> x.reused() || x.fromNationalStore()))
                .populationData(d.documents().stream().anyMatch(SubmittedDocument::fromNationalStore))
                .electronicResult(d.results().stream().anyMatch(ResultDocument::electronic))
                .vneid(d.vneidAuthenticated())
                .resultDelivery(d.returnedBy().orElse(d.resultDelivery()));
        for (SupplementRound s : d.supplements()) {
            b.addSupplement(s.completedAt() == null ? SupplementInterval.open(s.requestedAt())
                    : SupplementInterval.completed(s.requestedAt(), s.completedAt()));
        }
        long legalMax = d.period().legalMaxMinutes();
        if (legalMax >= 0) {
            b.legalMaxMinutes((int) Math.min(Integer.MAX_VALUE, legalMax));
        }
        LocalDate filed = d.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate();
        boolean charged = d.totalFees().isPositive();
        applyCatalogue(b, d.procedure(), d.agency(), filed, charged);
        return b.build();
    }

    /**
     * The facts of a national-portal payload.
     *
     * @param p the payload
     * @return its facts
     * @throws StatsException if the payload lacks what facts need (code, filing time, status, channel)
     */
    public DossierFacts fromPortal(PortalDossier p) {
        if (p.code() == null || p.filedAt() == null || p.status() == null || p.channel() == null) {
            throw new StatsException("stats.facts.portal", dev.dvc4j.core.LocalizedText.of(
                    "Hồ sơ đồng bộ thiếu mã, ngày nộp, trạng thái hoặc kênh: %s",
                    "The portal payload lacks its code, filing time, status or channel: %s").formatted(p.code()));
        }
        AgencyCode agency = agencyOf(p.code());
        Instant due = p.supplements().isEmpty() || p.supplements().get(0).dueBefore() == null
                ? p.dueAt() : p.supplements().get(0).dueBefore();
        DossierFacts.Builder b = DossierFacts.builder()
                .code(p.code())
                .agency(agency == null ? "" : agency.toString())
                .procedure(p.procedureCode() == null ? "" : p.procedureCode())
                .sector(p.sectorCode() == null ? "" : p.sectorCode())
                .province(agency == null ? "" : province.apply(agency))
                .channel(p.channel())
                .status(p.status())
                .filedAt(p.filedAt())
                .receivedAt(p.receivedAt())
                .dueAt(due)
                .finishedAt(p.endedAt().orElse(null))
                .returnedAt(p.returnedAt())
                .paymentFlag(p.onlinePayment() == null ? 0 : p.onlinePayment())
                .resultDelivery(codes.deliveryFor(p.deliveryForm()).orElse(null))
                .feeBearing(p.feeBearing())
                .digitised(p.hasDigitisedComponent())
                .reused(p.hasReusedData())
                .populationData(p.documents().stream().anyMatch(x -> Boolean.TRUE.equals(x.fromNationalStore())))
                .electronicResult(p.hasElectronicResult())
                .vneid(Boolean.TRUE.equals(p.vneidAuthenticated()));
        for (PortalSupplement s : p.supplements()) {
            if (s.requestedAt() != null) {
                b.addSupplement(s.completedAt() == null ? SupplementInterval.open(s.requestedAt())
                        : SupplementInterval.completed(s.requestedAt(), s.completedAt()));
            }
        }
        if (p.procedureCode() != null && agency != null && dev.dvc4j.core.id.ProcedureCode.isValid(p.procedureCode())) {
            applyCatalogue(b, ProcedureCode.parse(p.procedureCode()), agency,
                    p.filedAt().atZone(Dvc4j.VIETNAM).toLocalDate(), p.feeBearing());
        }
        return b.build();
    }

    private static AgencyCode agencyOf(String dossierCode) {
        return DossierCode.isValid(dossierCode) ? DossierCode.parse(dossierCode).agency() : null;
    }

    private void applyCatalogue(DossierFacts.Builder b, ProcedureCode code, AgencyCode agency, LocalDate date, boolean charged) {
        b.feeBearing(charged);
        if (catalogue == null) {
            return;
        }
        Optional<Procedure> procedure = catalogue.procedure(code);
        if (procedure.isEmpty()) {
            return;
        }
        Procedure p = procedure.get();
        b.sector(p.sector().code());
        b.feeBearing(charged || p.hasFeesOn(date));
        assessments.computeIfAbsent(code + "|" + agency + "|" + date, k -> assess(p, agency, date)).ifPresent(a -> {
            b.legacyLevel(a.legacyLevel());
            b.onlineMode(a.onlineMode());
        });
    }

    private Optional<LevelAssessment> assess(Procedure p, AgencyCode agency, LocalDate date) {
        ServiceOffer offer = catalogue.offer(p.code(), agency).orElse(null);
        if (offer == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(levels.assess(p, offer, date));
        } catch (dev.dvc4j.core.procedure.ProcedureException e) {
            return Optional.empty(); // no regime in force on that date: the level stays unknown
        }
    }
}
