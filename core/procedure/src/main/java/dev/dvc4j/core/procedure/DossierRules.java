package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;

import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.SubmittedDocument;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.internal.procedure.BundledDossierRules;
import dev.dvc4j.core.money.Vnd;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a dossier must pass when it is filed and before its result is returned, over a {@link Catalogue}:
 * <ul>
 *   <li>the procedure is in force on the filing date and the agency accepts the channel
 *   ({@code procedure-in-force}, {@code channel-offered});</li>
 *   <li>every required document (or one of each "one of" group) is provided, components from the digitised store
 *   are allowed to come from it, online submissions are signed where required ({@code documents-complete});</li>
 *   <li>the payment method is offered and, for an online filing of a full-online service with fees, online
 *   ({@code payment});</li>
 *   <li>the result delivery is one the procedure and offer allow ({@code result-delivery}).</li>
 * </ul>
 * A refused filing lists every violation of every rule and changes nothing. Vendors add or replace rules with
 * {@link ProcedurePoints#DOSSIER_RULES}. Immutable and thread-safe.
 *
 * <p>An agency without an offer in the catalogue is taken to handle the procedure at the counter only
 * ({@link ServiceOffer#counterOnly}).
 */
public final class DossierRules {

    private final Catalogue catalogue;
    private final ServiceLevels levels;
    private final List<DossierRule> rules;

    private DossierRules(Catalogue catalogue, ServiceLevels levels, Collection<? extends DossierRule> rules) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.rules = List.copyOf(rules);
    }

    /**
     * The rules in force in a runtime ({@link ProcedurePoints#DOSSIER_RULES}), over its
     * {@link ProcedurePoints#CATALOGUE catalogue}, with its regimes.
     *
     * @param dvc4j the runtime
     * @return the rules
     */
    public static DossierRules from(Extensions dvc4j) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        return from(dvc4j, dvc4j.get(ProcedurePoints.CATALOGUE));
    }

    /**
     * The rules in force in a runtime ({@link ProcedurePoints#DOSSIER_RULES}), over a given catalogue, with the
     * runtime's regimes.
     *
     * @param dvc4j the runtime
     * @param catalogue the catalogue
     * @return the rules
     */
    public static DossierRules from(Extensions dvc4j, Catalogue catalogue) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        return new DossierRules(catalogue, ServiceLevels.from(dvc4j), dvc4j.all(ProcedurePoints.DOSSIER_RULES).values());
    }

    /**
     * Explicit rules.
     *
     * @param catalogue the catalogue
     * @param levels the regimes
     * @param rules the rules, applied in order
     * @return the rules
     */
    public static DossierRules of(Catalogue catalogue, ServiceLevels levels, Collection<? extends DossierRule> rules) {
        Objects.requireNonNull(rules, "rules");
        return new DossierRules(catalogue, levels, rules);
    }

    /**
     * The bundled rules, in application order, checking addresses against the bundled gazetteer. A runtime's default
     * ({@link ProcedurePoints#DOSSIER_RULES}) checks them against its {@code IdentifierPoints.PROVINCES}.
     *
     * @return the rules
     */
    public static List<DossierRule> bundled() {
        return BundledDossierRules.all(Provinces.bundled());
    }

    /**
     * The filing facts of a dossier filing: procedure, agency, filing date (in Vietnam), channel, result delivery,
     * the applicant's province, the submitted component codes and those taken from the national digitised store. Add what a {@link Filing}
     * does not say (digitally signed components, the intended payment, a beneficiary category) on the builder.
     *
     * @param filing the filing
     * @return a pre-filled builder
     */
    public static FilingFacts.Builder factsOf(Filing filing) {
        FilingFacts.Builder b = FilingFacts.builder(filing.procedure(), filing.agency(),
                        filing.at().atZone(Dvc4j.VIETNAM).toLocalDate())
                .channel(filing.channel()).delivery(filing.resultDelivery());
        if (filing.applicant().address() != null) {
            b.applicantProvince(filing.applicant().address().provinceCode());
        }
        for (SubmittedDocument d : filing.documents()) {
            if (d.fromNationalStore()) {
                b.fromDigitalStore(d.componentCode());
            } else {
                b.submitted(d.componentCode());
            }
        }
        return b;
    }

    /**
     * Files a dossier after checking every filing rule against facts derived from the filing alone
     * ({@link #factsOf(Filing)}).
     *
     * @param filing the filing
     * @return the filed dossier
     * @throws RuleViolationException listing every reason, when refused; nothing is filed
     */
    public Dossier file(Filing filing) {
        return file(filing, factsOf(filing).build());
    }

    /**
     * Files a dossier after checking every filing rule. A refused filing lists every reason and creates nothing.
     *
     * @param filing the filing
     * @param facts the filing's facts, usually {@link #factsOf(Filing)} plus what the filing does not say
     * @return the filed dossier
     * @throws RuleViolationException listing every reason, when refused
     * @throws ProcedureException if the facts describe another procedure, agency or channel than the filing
     */
    public Dossier file(Filing filing, FilingFacts facts) {
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(facts, "facts");
        if (!facts.procedure().equals(filing.procedure()) || !facts.agency().equals(filing.agency())
                || facts.channel() != filing.channel() || facts.delivery() != filing.resultDelivery()) {
            throw new ProcedureException("dossier-rules.facts-mismatch", LocalizedText.of(
                    "Dữ kiện kiểm tra không khớp hồ sơ nộp (thủ tục, cơ quan, kênh hoặc hình thức trả kết quả)",
                    "The filing facts do not match the filing (procedure, agency, channel or result delivery)"));
        }
        checkFiling(facts).orThrow();
        return Dossier.file(filing);
    }

    /** @return the catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the regimes */
    public ServiceLevels levels() {
        return levels;
    }

    /**
     * The rules in order of application: for {@link #from(Extensions, Catalogue)}, the runtime's contribution order.
     *
     * @return the rules
     */
    public List<DossierRule> rules() {
        return rules;
    }

    /**
     * Checks a filing against every rule.
     *
     * @param facts the filing
     * @return accepted, or refused with every violation
     * @throws ProcedureException if no service-level regime is in force on the filing date
     */
    public FilingDecision checkFiling(FilingFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Optional<Procedure> procedure = catalogue.procedure(facts.procedure());
        if (procedure.isEmpty()) {
            return new FilingDecision(facts, List.of(unknown(facts.procedure())), Optional.empty(), Optional.empty());
        }
        Procedure p = procedure.get();
        ServiceOffer offer = offerOf(p, facts.agency());
        LevelAssessment level = levels.assess(p, offer, facts.filingDate());
        FeeAssessment fee = feeDue(p, facts.filingDate(), facts.channel(), facts.beneficiaryCategory());
        FilingContext ctx = new FilingContext(facts, p, offer, level, fee);
        List<RuleViolation> violations = new ArrayList<>();
        for (DossierRule r : rules) {
            violations.addAll(r.checkFiling(ctx));
        }
        return new FilingDecision(facts, violations, Optional.of(level), Optional.of(fee));
    }

    /**
     * Checks a result return against every rule: fees paid (online for online filings of a full-online service),
     * and the delivery allowed.
     *
     * @param facts the return
     * @return allowed, or refused with every violation
     */
    public ResultReturnDecision checkResultReturn(ResultReturnFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Optional<Procedure> procedure = catalogue.procedure(facts.procedure());
        if (procedure.isEmpty()) {
            return new ResultReturnDecision(facts, List.of(unknown(facts.procedure())));
        }
        Procedure p = procedure.get();
        ServiceOffer offer = offerOf(p, facts.agency());
        LevelAssessment level = levels.assess(p, offer, facts.filingDate());
        FeeAssessment fee = feeDue(p, facts.filingDate(), facts.filedVia(), facts.beneficiaryCategory());
        ResultReturnContext ctx = new ResultReturnContext(facts, p, offer, level, fee);
        List<RuleViolation> violations = new ArrayList<>();
        for (DossierRule r : rules) {
            violations.addAll(r.checkResultReturn(ctx));
        }
        return new ResultReturnDecision(facts, violations);
    }

    /**
     * The fees due for a dossier: for each fee with a rate in force on the filing date, the amount for the channel
     * (the online amount when filed online and one is set), less the exemption of the beneficiary category (its
     * percentage rounded half up to the đồng).
     *
     * @param procedure the procedure
     * @param filingDate the filing date
     * @param channel the filing channel
     * @param beneficiaryCategory the applicant's category, if any
     * @return the assessment, one line per fee in force
     */
    public static FeeAssessment feeDue(Procedure procedure, LocalDate filingDate, Channel channel,
                                       Optional<String> beneficiaryCategory) {
        Objects.requireNonNull(filingDate, "filingDate");
        List<FeeLine> lines = new ArrayList<>();
        boolean online = channel == Channel.ONLINE;
        for (FeeItem item : procedure.fees()) {
            Optional<FeeRate> rate = item.rateOn(filingDate);
            if (rate.isEmpty()) {
                continue;
            }
            Vnd standard = rate.get().amount();
            Vnd forChannel = rate.get().amountFor(online);
            Optional<FeeExemption> ex = beneficiaryCategory.flatMap(item::exemptionFor);
            Vnd exemption = ex.map(e -> forChannel.percent(BigDecimal.valueOf(e.percent())).min(forChannel)).orElse(Vnd.ZERO);
            lines.add(new FeeLine(item.code(), item.name(), item.kind(), item.collectedAt(), standard,
                    forChannel.minus(standard), exemption, ex.map(FeeExemption::category),
                    forChannel.minus(exemption), rate.get().legalBasis()));
        }
        return new FeeAssessment(procedure.code(), filingDate, channel, beneficiaryCategory, lines);
    }

    /**
     * The result deliveries a procedure and offer allow: the counter always; online when the procedure's result can be
     * delivered online alone and the offer returns electronic results; by post when the offer uses BCCI returns.
     *
     * @param procedure the procedure
     * @param offer the offer
     * @return the deliveries
     */
    public static Set<ResultDelivery> allowedDeliveries(Procedure procedure, ServiceOffer offer) {
        Set<ResultDelivery> set = EnumSet.of(ResultDelivery.COUNTER);
        if (procedure.result().deliverableOnline() && offer.has(ServiceCapability.ELECTRONIC_RESULT)) {
            set.add(ResultDelivery.ONLINE);
        }
        if (offer.has(ServiceCapability.BCCI_RESULT_RETURN)) {
            set.add(ResultDelivery.POSTAL);
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * Whether fees must be paid online: the dossier is filed online, the offer is full online on the filing date,
     * and something is due.
     *
     * @param channel the filing channel
     * @param level the offer's level on the filing date
     * @param fee the fees due
     * @return whether payment at the counter is not allowed
     */
    public static boolean onlinePaymentRequired(Channel channel, LevelAssessment level, FeeAssessment fee) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fee, "fee");
        return channel == Channel.ONLINE && level.isFullOnline() && fee.total().isPositive();
    }

    private ServiceOffer offerOf(Procedure p, dev.dvc4j.core.id.AgencyCode agency) {
        return catalogue.offer(p.code(), agency).orElseGet(() -> ServiceOffer.counterOnly(p.code(), agency));
    }

    private static RuleViolation unknown(dev.dvc4j.core.id.ProcedureCode code) {
        return RuleViolation.of("filing.unknown-procedure", "procedure",
                "Thủ tục %s không có trong danh mục", "Procedure %s is not in the catalogue", code);
    }

    @Override
    public String toString() {
        return "DossierRules[" + catalogue + ", " + levels + ", rules=" + rules.stream().map(DossierRule::code).toList() + "]";
    }
}
