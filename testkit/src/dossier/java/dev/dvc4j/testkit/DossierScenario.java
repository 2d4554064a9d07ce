package dev.dvc4j.testkit;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fluent builder of dossier histories for example-based tests, with sensible defaults and an auto-advancing clock.
 *
 * <pre>{@code
 * Dossier d = DossierScenario.online("1.002859")
 *         .filedAt("2026-02-10T09:00")
 *         .received()                       // one hour later by default
 *         .processing()
 *         .supplementRequested()
 *         .supplemented("2026-02-12T08:00")  // an explicit Vietnam local time
 *         .approved()
 *         .returned()
 *         .dossier();
 * }</pre>
 *
 * <p>Until the first transition the scenario collects the filing (procedure, agency, applicant, channel, period,
 * fees); the dossier is filed at the first transition or at {@link #dossier()}. Each step without an explicit time
 * happens {@link #step(Duration) one step} (an hour by default) after the previous event; {@link #after(Duration)}
 * moves the clock further. Times given as text are local times in {@link Dvc4j#VIETNAM}
 * ({@code 2026-02-10T09:00}), or instants with an offset ({@code 2026-02-10T09:00:00+07:00}).
 *
 * <p>A scenario is a mutable builder for one test and is not thread-safe; the dossiers it returns are immutable.
 * An illegal step throws the dossier's {@code IllegalTransitionException}, exactly as the aggregate does.
 */
public final class DossierScenario {

    /** The default filing time: Tuesday 10 February 2026, 09:00 in Vietnam. */
    public static final Instant DEFAULT_FILED_AT = LocalDateTime.of(2026, 2, 10, 9, 0).atZone(Dvc4j.VIETNAM).toInstant();
    /** The default agency. */
    public static final AgencyCode DEFAULT_AGENCY = AgencyCode.parse("000.00.21.H42");

    private final Filing.Builder filing = Filing.builder();
    private ProcedureCode procedure;
    private AgencyCode agency = DEFAULT_AGENCY;
    private Channel channel;
    private ResultDelivery delivery;
    private int sequence = 1;
    private Applicant applicant = new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null,
            new Contact(PhoneNumber.parse("0912345678"), null), new Address("42", null, "Số 1 đường Trần Phú"));
    private ProcessingPeriod period = ProcessingPeriod.workingDays(5);
    private final List<Fee> fees = new ArrayList<>();
    private DeadlinePolicy policy = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);
    private Instant filedAt = DEFAULT_FILED_AT;
    private Duration step = Duration.ofHours(1);
    private Instant clock;
    private Dossier dossier;

    private DossierScenario(String procedure, Channel channel) {
        this.procedure = ProcedureCode.parse(procedure);
        this.channel = channel;
        this.delivery = channel == Channel.ONLINE ? ResultDelivery.ONLINE : channel == Channel.POSTAL ? ResultDelivery.POSTAL : ResultDelivery.COUNTER;
    }

    /**
     * A dossier filed online, result returned online.
     *
     * @param procedure the procedure code, such as {@code "1.002859"}
     * @return the scenario
     */
    public static DossierScenario online(String procedure) {
        Objects.requireNonNull(procedure, "procedure");
        return new DossierScenario(procedure, Channel.ONLINE);
    }

    /**
     * A dossier filed in person at the one-stop unit, result returned at the counter.
     *
     * @param procedure the procedure code
     * @return the scenario
     */
    public static DossierScenario inPerson(String procedure) {
        Objects.requireNonNull(procedure, "procedure");
        return new DossierScenario(procedure, Channel.IN_PERSON);
    }

    /**
     * A dossier sent through the public postal service, result returned by post.
     *
     * @param procedure the procedure code
     * @return the scenario
     */
    public static DossierScenario postal(String procedure) {
        Objects.requireNonNull(procedure, "procedure");
        return new DossierScenario(procedure, Channel.POSTAL);
    }

    // ------------------------------------------------------------------ filing

    /**
     * @param agency the receiving agency code
     * @return this scenario
     */
    public DossierScenario agency(String agency) {
        beforeFiling();
        this.agency = AgencyCode.parse(agency);
        return this;
    }

    /**
     * @param sequence the dossier code's daily sequence number (default 1)
     * @return this scenario
     */
    public DossierScenario sequence(int sequence) {
        beforeFiling();
        this.sequence = sequence;
        return this;
    }

    /**
     * @param applicant the applicant (default: a citizen of Hà Tĩnh with a valid personal identification number)
     * @return this scenario
     */
    public DossierScenario applicant(Applicant applicant) {
        beforeFiling();
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        return this;
    }

    /**
     * @param period the legal processing period (default 5 working days)
     * @return this scenario
     */
    public DossierScenario period(ProcessingPeriod period) {
        beforeFiling();
        this.period = Objects.requireNonNull(period, "period");
        return this;
    }

    /**
     * @param period the period as text ({@code "5d"}, {@code "4h"}, {@code "30cd"})
     * @return this scenario
     */
    public DossierScenario period(String period) {
        return period(ProcessingPeriod.parse(period));
    }

    /**
     * @param delivery how the result is returned (default: as the dossier was filed)
     * @return this scenario
     */
    public DossierScenario resultBy(ResultDelivery delivery) {
        beforeFiling();
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        return this;
    }

    /**
     * Adds a fee due at filing.
     *
     * @param dong the amount in đồng
     * @return this scenario
     */
    public DossierScenario fee(long dong) {
        beforeFiling();
        fees.add(new Fee("LP" + (fees.size() + 1), "Lệ phí", Vnd.of(dong), FeeKind.FEE));
        return this;
    }

    /**
     * @param policy the deadline policy for receipt and supplements (default: working time on the national
     *               calendar, the clock restarting after a supplement)
     * @return this scenario
     */
    public DossierScenario policy(DeadlinePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param step how far the clock advances before each step without a time (default one hour)
     * @return this scenario
     */
    public DossierScenario step(Duration step) {
        if (step == null || step.isNegative()) {
            throw new IllegalArgumentException("the step must be zero or positive: " + step);
        }
        this.step = step;
        return this;
    }

    /**
     * Sets the filing time (default {@link #DEFAULT_FILED_AT}).
     *
     * @param at a Vietnam local time or an instant with offset, as text
     * @return this scenario
     */
    public DossierScenario filedAt(String at) {
        return filedAt(instant(at));
    }

    /**
     * Sets the filing time.
     *
     * @param at the instant
     * @return this scenario
     */
    public DossierScenario filedAt(Instant at) {
        beforeFiling();
        this.filedAt = Objects.requireNonNull(at, "at");
        return this;
    }

    /**
     * Moves the clock forward before the next step without an explicit time.
     *
     * @param gap how far
     * @return this scenario
     */
    public DossierScenario after(Duration gap) {
        Objects.requireNonNull(gap, "gap");
        current();
        clock = clock.plus(gap);
        return this;
    }

    // ------------------------------------------------------------------ transitions

    /** @return this scenario, received one step later */
    public DossierScenario received() {
        return received(next());
    }

    /**
     * @param at when, as text
     * @return this scenario, received then
     */
    public DossierScenario received(String at) {
        return received(instant(at));
    }

    /**
     * @param at when
     * @return this scenario, received then
     */
    public DossierScenario received(Instant at) {
        return apply(current().receive(at, "officer", policy), at);
    }

    /** @return this scenario, refused at reception */
    public DossierScenario refused() {
        Instant at = next();
        return apply(current().refuse(at, "officer", "Hồ sơ không thuộc thẩm quyền"), at);
    }

    /** @return this scenario, transferred to processing */
    public DossierScenario processing() {
        Instant at = next();
        return apply(current().startProcessing(at, "officer", "Phòng chuyên môn"), at);
    }

    /** @return this scenario, with a supplement requested */
    public DossierScenario supplementRequested() {
        return supplementRequested(next());
    }

    /**
     * @param at when, as text
     * @return this scenario, with a supplement requested then
     */
    public DossierScenario supplementRequested(String at) {
        return supplementRequested(instant(at));
    }

    /**
     * @param at when
     * @return this scenario, with a supplement requested then
     */
    public DossierScenario supplementRequested(Instant at) {
        return apply(current().requestSupplement(at, "officer", "Thiếu giấy tờ"), at);
    }

    /** @return this scenario, supplemented */
    public DossierScenario supplemented() {
        return supplemented(next());
    }

    /**
     * @param at when, as text
     * @return this scenario, supplemented then
     */
    public DossierScenario supplemented(String at) {
        return supplemented(instant(at));
    }

    /**
     * @param at when
     * @return this scenario, supplemented then
     */
    public DossierScenario supplemented(Instant at) {
        SubmittedDocument doc = new SubmittedDocument("TP9", "Giấy tờ bổ sung", "0".repeat(64), true, false, false);
        return apply(current().supplement(at, "applicant", List.of(doc), policy), at);
    }

    /**
     * Requests a financial obligation.
     *
     * @param dong the amount in đồng
     * @return this scenario
     */
    public DossierScenario paymentRequested(long dong) {
        Instant at = next();
        return apply(current().requestPayment(at, "officer", List.of(new Fee("NV1", "Nghĩa vụ tài chính", Vnd.of(dong), FeeKind.OTHER))), at);
    }

    /** @return this scenario, with everything outstanding paid on the national portal */
    public DossierScenario paid() {
        return paid(PaymentMethod.NATIONAL_PORTAL);
    }

    /**
     * @param method how everything outstanding is paid
     * @return this scenario
     */
    public DossierScenario paid(PaymentMethod method) {
        Instant at = next();
        Dossier d = current();
        return apply(d.pay(at, "applicant", new Payment(d.outstanding(), method, "TX" + d.version())), at);
    }

    /** @return this scenario, approved with one electronic result document */
    public DossierScenario approved() {
        return approved(next());
    }

    /**
     * @param at when, as text
     * @return this scenario, approved then
     */
    public DossierScenario approved(String at) {
        return approved(instant(at));
    }

    /**
     * @param at when
     * @return this scenario, approved then
     */
    public DossierScenario approved(Instant at) {
        return apply(current().approve(at, "leader", List.of(new ResultDocument("KQ1", "Kết quả", true, null))), at);
    }

    /**
     * @param reason why
     * @return this scenario, rejected with a reason
     */
    public DossierScenario rejected(String reason) {
        Instant at = next();
        return apply(current().reject(at, "leader", List.of(reason)), at);
    }

    /** @return this scenario, result returned by the delivery chosen at filing */
    public DossierScenario returned() {
        Instant at = next();
        return apply(current().returnResult(at, "officer"), at);
    }

    /** @return this scenario, withdrawn by the applicant */
    public DossierScenario withdrawn() {
        Instant at = next();
        return apply(current().withdraw(at, "applicant", "Không còn nhu cầu"), at);
    }

    /** @return this scenario, processing stopped */
    public DossierScenario stopped() {
        Instant at = next();
        return apply(current().stop(at, "officer", "Dừng xử lý"), at);
    }

    /**
     * Apologises with a new appointment date.
     *
     * @param newDue the new due time, as text
     * @return this scenario
     */
    public DossierScenario apologised(String newDue) {
        Instant at = next();
        return apply(current().apologise(at, "officer", instant(newDue), "Cần xác minh thêm"), at);
    }

    /**
     * The dossier so far (filing it if no transition happened yet).
     *
     * @return the dossier
     */
    public Dossier dossier() {
        return current();
    }

    /** @return the instant of the latest event */
    public Instant now() {
        current();
        return clock;
    }

    // ------------------------------------------------------------------ internals

    private Dossier current() {
        if (dossier == null) {
            filing.code(new DossierCode(agency, filedAt.atZone(Dvc4j.VIETNAM).toLocalDate(), sequence))
                    .procedure(procedure).agency(agency).applicant(applicant).channel(channel).resultDelivery(delivery)
                    .period(period).summary("Hồ sơ kiểm thử").vneidAuthenticated(channel == Channel.ONLINE)
                    .document(new SubmittedDocument("TP1", "Đơn đề nghị", "a".repeat(64), true, false, false))
                    .at(filedAt).actor(channel == Channel.ONLINE ? "portal" : "one-stop");
            fees.forEach(filing::fee);
            dossier = Dossier.file(filing.build());
            clock = filedAt;
        }
        return dossier;
    }

    private Instant next() {
        current();
        return clock.plus(step);
    }

    private DossierScenario apply(Dossier next, Instant at) {
        dossier = next;
        clock = at;
        return this;
    }

    private void beforeFiling() {
        if (dossier != null) {
            throw new IllegalStateException("the dossier is already filed; set filing details before the first step");
        }
    }

    private static Instant instant(String text) {
        Objects.requireNonNull(text, "time");
        try {
            return LocalDateTime.parse(text).atZone(Dvc4j.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("not a local time (2026-02-10T09:00) or an instant with offset: " + text, e2);
            }
        }
    }
}
