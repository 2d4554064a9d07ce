package dev.dvc4j.testkit.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.procedure.CompetentLevel;
import dev.dvc4j.core.procedure.DocumentRequirement;
import dev.dvc4j.core.procedure.FeeCollection;
import dev.dvc4j.core.procedure.FeeExemption;
import dev.dvc4j.core.procedure.FeeItem;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.procedure.FeeRate;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.Integration;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ResultKind;
import dev.dvc4j.core.procedure.Sector;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of procedures, offers and filings. Every generated value is valid; procedures use the code
 * {@link #PROCEDURE} and offers the agency {@link #AGENCY} unless stated.
 */
public final class ProcedureArbitraries {

    /** The code of generated procedures. */
    public static final ProcedureCode PROCEDURE = ProcedureCode.parse("1.000001");

    /** The agency of generated offers. */
    public static final AgencyCode AGENCY = AgencyCode.parse("000.00.21.H42");

    private static final List<String> COMPONENTS = List.of("C1", "C2", "C3", "C4", "C5");

    private ProcedureArbitraries() {
    }

    /**
     * Procedures with or without dated fees (online amounts, exemptions), documents with "one of" groups, any result
     * kind, with or without presence and on-site verification.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Procedure> procedures() {
        Arbitrary<FeeItem> fee = Combinators.combine(Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.longs().between(0, 5_000_000).optional(), Arbitraries.of(FeeCollection.class),
                Arbitraries.of(FeeKind.class), Arbitraries.integers().between(2012, 2030))
                .as((amount, online, when, kind, year) -> new FeeItem("F", text("phí", "fee"), kind, when, List.of(
                        new FeeRate(Validity.between(LocalDate.of(2011, 1, 1), LocalDate.of(year, 12, 31)),
                                Vnd.of(amount), Optional.empty(), "basis A"),
                        new FeeRate(Validity.from(LocalDate.of(year + 1, 1, 1)), Vnd.of(amount),
                                online.map(Vnd::of), "basis B")),
                        List.of(new FeeExemption("half", 50, text("giảm một nửa", "half"), "basis C"),
                                new FeeExemption("all", 100, text("miễn", "exempt"), "basis C"))));
        Arbitrary<List<FeeItem>> fees = Arbitraries.oneOf(Arbitraries.just(List.of()), fee.map(List::of));
        Arbitrary<List<DocumentRequirement>> docs = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((groupRequired, signed, store, photoRequired) -> {
                    List<DocumentRequirement> list = new ArrayList<>();
                    list.add(new DocumentRequirement("C1", text("đơn", "application"), true, 1, Optional.empty(),
                            signed, false));
                    list.add(new DocumentRequirement("C2", text("giấy tờ", "certificate"), true, 1, Optional.empty(),
                            false, store));
                    list.add(new DocumentRequirement("C3", text("A", "A"), groupRequired, 1, Optional.of("g"), false, false));
                    list.add(new DocumentRequirement("C4", text("B", "B"), groupRequired, 1, Optional.of("g"), false, false));
                    list.add(new DocumentRequirement("C5", text("ảnh", "photo"), photoRequired, 2, Optional.empty(), false, false));
                    return list;
                });
        return Combinators.combine(fees, docs, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(CompetentLevel.class),
                Arbitraries.integers().between(1, 30))
                .as((f, d, paper, electronic, presence, onSite, level, days) -> new Procedure(PROCEDURE,
                        text("thủ tục", "procedure"), new Sector("S", text("lĩnh vực", "sector")), level,
                        ProcessingPeriod.workingDays(days), f, d, new ResultKind(paper, electronic), presence, onSite,
                        Set.of(Integration.VNEID), "basis", Validity.ALWAYS));
    }

    /**
     * One fixed, plain procedure under {@link #PROCEDURE}: five working days, no fee, one required application form,
     * a paper result, no presence or on-site verification required. For tests that need a procedure, not a
     * generator.
     *
     * @return the procedure
     */
    public static Procedure plainProcedure() {
        return new Procedure(PROCEDURE, text("thủ tục", "procedure"), new Sector("S", text("lĩnh vực", "sector")),
                CompetentLevel.values()[0], ProcessingPeriod.workingDays(5), List.of(),
                List.of(new DocumentRequirement("C1", text("đơn", "application"), true, 1, Optional.empty(), false, false)),
                new ResultKind(true, false), false, false, Set.of(), "basis", Validity.ALWAYS);
    }

    /**
     * {@link #AGENCY}'s offer of {@link #PROCEDURE} at the counter only.
     *
     * @return the offer
     */
    public static ServiceOffer plainOffer() {
        return new ServiceOffer(PROCEDURE, AGENCY, Set.of());
    }

    /**
     * Offers of {@link #AGENCY} for {@link #PROCEDURE} with any set of capabilities.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ServiceOffer> offers() {
        return Arbitraries.subsetOf(ServiceCapability.values()).map(s -> new ServiceOffer(PROCEDURE, AGENCY, s));
    }

    /**
     * Dates from 2011-08-01 to about 2031.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 20).map(d -> LocalDate.of(2011, 8, 1).plusDays(d));
    }

    /**
     * Filings of {@link #PROCEDURE} with {@link #AGENCY}: any channel, delivery, documents, payment and category.
     *
     * @return the arbitrary
     */
    public static Arbitrary<FilingFacts> filings() {
        Arbitrary<Set<String>> components = Arbitraries.subsetOf(new LinkedHashSet<>(List.of("C1", "C2", "C3", "C4",
                "C5", "X9")));
        return Combinators.combine(Arbitraries.of(Channel.class), Arbitraries.of(ResultDelivery.class), components,
                Arbitraries.subsetOf(COMPONENTS.toArray(String[]::new)), Arbitraries.of(PaymentMethod.class).optional(),
                dates(), Arbitraries.of("half", "all", "other").optional(), Arbitraries.of("42", "01", "79", "99").optional())
                .as((channel, delivery, submitted, store, payment, date, category, province) -> new FilingFacts(PROCEDURE,
                        AGENCY, channel, delivery, submitted, store, submitted, payment, date, category, province));
    }

    private static LocalizedText text(String vi, String en) {
        return LocalizedText.of(vi, en);
    }
}
