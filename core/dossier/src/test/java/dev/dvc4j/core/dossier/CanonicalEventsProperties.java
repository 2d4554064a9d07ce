package dev.dvc4j.core.dossier;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;

/**
 * The hand-written canonical JSON equals Jackson's canonical writer for arbitrary texts (any UTF-16 content, lone
 * surrogates included), instants (sub-second, far past and future), amounts and flags.
 */
class CanonicalEventsProperties {

    static final String H = "d".repeat(64);

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                        Arbitraries.strings().withChars("aăâđêôơưÀỹ\"\\/\n\t\u0000\u001f\u007f\u2028😀").ofMaxLength(20))
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L).map(Instant::ofEpochSecond),
                Arbitraries.longs().between(LocalDate.MIN.plusDays(1).toEpochDay() * 86_400, LocalDate.MAX.minusDays(1).toEpochDay() * 86_400)
                        .map(Instant::ofEpochSecond),
                Arbitraries.longs().between(0, 4_000_000_000L)
                        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n))));
    }

    @Property(tries = 400)
    void reasonedEventsMatchTheOracle(@ForAll("instants") Instant at, @ForAll("texts") String actor,
                                      @ForAll("texts") @WithNull(0.3) String note, @ForAll("texts") String reason) {
        CanonicalEventsTest.assertSameBytes(new Stopped(at, actor, note, H, reason));
        CanonicalEventsTest.assertSameBytes(new Withdrawn(at, actor, note, H, null));
        CanonicalEventsTest.assertSameBytes(new Apologised(at, actor, note, H, at, reason));
        CanonicalEventsTest.assertSameBytes(new ProcessingStarted(at, actor, note, H, note));
    }

    @Property(tries = 300)
    void filedEventsMatchTheOracle(@ForAll("instants") Instant at, @ForAll("texts") String name,
                                   @ForAll("texts") @WithNull(0.5) String text, @ForAll boolean flag,
                                   @ForAll long amount) {
        Citizen citizen = new Citizen(name, PersonalId.parse("042095001234"), flag ? LocalDate.of(1990, 1, 2) : null,
                new Contact(null, null), new Address(text, null, name));
        List<SubmittedDocument> docs = List.of(new SubmittedDocument("TP1", name, H, flag, !flag, flag));
        List<Fee> fees = List.of(new Fee(name, name, Vnd.of(Math.abs(amount == Long.MIN_VALUE ? 0 : amount)), FeeKind.FEE));
        CanonicalEventsTest.assertSameBytes(new Filed(at, "portal", text, DossierEvent.GENESIS,
                DossierCode.parse("000.00.21.H42-260210-0001"), ProcedureCode.parse("1.002859"), AgencyCode.parse("000.00.21.H42"),
                citizen, Channel.IN_PERSON, ResultDelivery.POSTAL, ProcessingPeriod.workingDays(3), text, flag, docs, fees));
        // a payment request names an obligation above zero; a decision has reasons or results as its outcome wants
        CanonicalEventsTest.assertSameBytes(new ObligationRequested(at, "o", text, H, fees.get(0).amount().isZero()
                ? List.of(fees.get(0), new Fee(name, name, Vnd.of(1), FeeKind.CHARGE)) : fees));
        CanonicalEventsTest.assertSameBytes(flag
                ? new Processed(at, "l", text, H, Outcome.APPROVED, List.of(), List.of(new ResultDocument(text, name, true, H)))
                : new Processed(at, "l", text, H, Outcome.REJECTED, List.of(name), List.of()));
    }
}
