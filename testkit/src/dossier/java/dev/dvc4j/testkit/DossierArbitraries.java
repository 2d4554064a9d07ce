package dev.dvc4j.testkit;

import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierAction;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.HistorySigner;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Organisation;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.calendar.SimpleDeadlinePolicy;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.money.Vnd;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for applicants, filings and whole legal dossier histories.
 *
 * <p>A history is a random walk through the lifecycle: every step picks one of the dossier's
 * {@link Dossier#availableActions() available actions}, advances time by a realistic gap (minutes to days, inside
 * office hours more often than not), and stops at a terminal status or after a step budget. Choices are drawn from
 * jqwik-generated lists, so failing histories shrink to short ones.
 */
public final class DossierArbitraries {

    private static final Instant EPOCH = LocalDateTime.of(2024, 1, 1, 0, 0).atZone(dev.dvc4j.core.Dvc4j.VIETNAM).toInstant();

    private DossierArbitraries() {
    }

    /** @return citizens and organisations with valid identifiers and masked-safe contact data */
    public static Arbitrary<Applicant> applicants() {
        Arbitrary<Applicant> citizens = Combinators.combine(
                Arbitraries.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Hoàng Minh Đức"),
                IdentifierArbitraries.personalIds(), IdentifierArbitraries.phoneNumbers(), Arbitraries.of("42", "38", "01", "79"))
                .as((name, id, phone, province) -> new Citizen(name, id, null, new Contact(phone, null),
                        new Address(province, null, "Số 1 đường Trần Phú")));
        Arbitrary<Applicant> organisations = Combinators.combine(
                Arbitraries.of("Công ty TNHH Vận tải Hà Tĩnh", "HTX Vận tải Thanh Hóa", "Công ty CP Xe khách Nghệ An"),
                IdentifierArbitraries.taxCodes(), IdentifierArbitraries.phoneNumbers())
                .as((name, tax, phone) -> new Organisation(name, tax, "Nguyễn Văn Giám", new Contact(phone, "lienhe@example.vn"), null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, citizens), net.jqwik.api.Tuple.of(1, organisations));
    }

    /** @return filings (status filed) between 2024 and 2026 on every channel */
    public static Arbitrary<Filing> filings() {
        return Combinators.combine(
                        IdentifierArbitraries.agencyCodes(), IdentifierArbitraries.procedureCodes(), applicants(),
                        Arbitraries.of(Channel.class), Arbitraries.of(ResultDelivery.class),
                        Arbitraries.integers().between(1, 30), Arbitraries.longs().between(0, 3L * 365 * 24 * 60),
                        Arbitraries.integers().between(0, 3))
                .as((agency, procedure, applicant, channel, delivery, days, minute, feeCount) -> {
                    Instant at = EPOCH.plus(Duration.ofMinutes(minute));
                    LocalDate day = at.atZone(dev.dvc4j.core.Dvc4j.VIETNAM).toLocalDate();
                    Filing.Builder b = Filing.builder()
                            .code(new DossierCode(agency, day, 1 + (int) (minute % 9999)))
                            .procedure(procedure).agency(agency).applicant(applicant).channel(channel)
                            .resultDelivery(delivery).period(ProcessingPeriod.workingDays(days))
                            .summary("Hồ sơ thử nghiệm").vneidAuthenticated(minute % 3 == 0)
                            .document(new SubmittedDocument("TP1", "Đơn đề nghị", digest(minute), minute % 2 == 0, minute % 5 == 0, false))
                            .at(at).actor(channel == Channel.ONLINE ? "portal" : "one-stop");
                    for (int i = 0; i < feeCount; i++) {
                        b.fee(new Fee("LP" + i, "Lệ phí " + i, Vnd.of(10_000L * (i + 1)), i % 2 == 0 ? FeeKind.FEE : FeeKind.CHARGE));
                    }
                    return b.build();
                });
    }

    /** @return legal histories under a wall-clock deadline policy with supplements restarting the clock */
    public static Arbitrary<Dossier> dossiers() {
        return dossiers(new SimpleDeadlinePolicy(SupplementClock.RESTART));
    }

    /**
     * Legal histories under a given deadline policy.
     *
     * @param policy the deadline policy used at receipt and after supplements
     * @return dossiers in every status, with 1 to about 20 events
     */
    public static Arbitrary<Dossier> dossiers(DeadlinePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Combinators.combine(filings(), Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(20), Arbitraries.longs())
                .as((filing, choices, seed) -> walk(Dossier.file(filing), choices, new Random(seed), policy));
    }

    /**
     * Legal histories signed at random points: after any number of their events (none, some or all), by one of the
     * signers, at a time from the signed event to a day after it (but never after the next event). The signatures are
     * in the order of the events they sign, as a workflow would have made them.
     *
     * @param dossiers the histories
     * @param signers the signers to choose from (at least one)
     * @return the histories with signatures
     */
    public static Arbitrary<Dossier> signed(Arbitrary<Dossier> dossiers, List<? extends HistorySigner> signers) {
        Objects.requireNonNull(signers, "signers");
        Objects.requireNonNull(dossiers, "dossiers");
        List<HistorySigner> choice = List.copyOf(signers);
        if (choice.isEmpty()) {
            throw new IllegalArgumentException("at least one signer");
        }
        return Combinators.combine(dossiers, Arbitraries.longs()).as((d, seed) -> {
            Random random = new Random(seed);
            List<DossierEvent> events = d.events();
            Dossier signed = Dossier.replay(events);
            for (int version = 1; version <= events.size(); version++) {
                if (random.nextInt(3) != 0) {
                    continue;
                }
                Instant head = events.get(version - 1).at();
                Instant next = version < events.size() ? events.get(version).at() : head.plus(Duration.ofDays(1));
                long room = Math.max(0, Duration.between(head, next).getSeconds());
                Instant at = head.plusSeconds(room == 0 ? 0 : Math.floorMod(random.nextLong(), room + 1));
                HistorySigner signer = choice.get(random.nextInt(choice.size()));
                signed = signed.withSignature(Dossier.replay(events.subList(0, version)).sign(signer, at).signatures().get(0));
            }
            return signed;
        });
    }

    /**
     * Drives a dossier through a sequence of choices; each choice picks one available action.
     *
     * @param start the dossier to start from
     * @param choices one number per step; the walk ends early at a terminal status
     * @param random parameters of each step (gaps, amounts)
     * @param policy the deadline policy
     * @return the dossier after the walk
     */
    public static Dossier walk(Dossier start, List<Integer> choices, Random random, DeadlinePolicy policy) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(policy, "policy");
        Dossier d = start;
        Instant now = d.events().get(d.events().size() - 1).at();
        for (int choice : choices) {
            List<DossierAction> actions = new ArrayList<>(d.availableActions());
            if (actions.isEmpty()) {
                break;
            }
            // Pay only when something is owed; otherwise the action is not meaningful.
            if (!d.outstanding().isPositive()) {
                actions.remove(DossierAction.PAY);
            }
            if (d.status() == dev.dvc4j.core.dossier.DossierStatus.PROCESSED && d.outstanding().isPositive()) {
                actions.remove(DossierAction.RETURN_RESULT);
            }
            if (actions.isEmpty()) {
                break;
            }
            DossierAction action = actions.get(Math.floorMod(choice, actions.size()));
            now = now.plus(gap(random));
            d = step(d, action, now, random, policy);
        }
        return d;
    }

    private static Dossier step(Dossier d, DossierAction action, Instant at, Random random, DeadlinePolicy policy) {
        return switch (action) {
            case RECEIVE -> d.receive(at, "officer-" + random.nextInt(5), policy);
            case REFUSE -> d.refuse(at, "officer", "Hồ sơ không thuộc thẩm quyền");
            case START_PROCESSING -> d.startProcessing(at, "officer", random.nextBoolean() ? "Phòng Quản lý vận tải" : null);
            case REQUEST_SUPPLEMENT -> d.requestSupplement(at, "officer", "Thiếu giấy tờ");
            case SUPPLEMENT -> d.supplement(at, "citizen", List.of(new SubmittedDocument("TP9", "Bổ sung", digest(random.nextLong()),
                    random.nextBoolean(), false, false)), policy);
            case REQUEST_PAYMENT -> d.requestPayment(at, "officer", List.of(new Fee("NV" + d.version(), "Phí thẩm định",
                    Vnd.of(1_000L * (1 + random.nextInt(500))), FeeKind.CHARGE)));
            case PAY -> d.pay(at, "citizen", new Payment(random.nextBoolean() ? d.outstanding()
                    : Vnd.of(Math.max(1, d.outstanding().dong() / 2)), PaymentMethod.values()[random.nextInt(3)], "TX" + random.nextInt(1000)));
            case APPROVE -> d.approve(at, "leader", List.of(new ResultDocument("KQ-" + d.version(), "Kết quả", random.nextBoolean(), null)));
            case REJECT -> d.reject(at, "leader", List.of("Không đủ điều kiện"));
            case RETURN_RESULT -> d.returnResult(at, "officer");
            case WITHDRAW -> d.withdraw(at, "citizen", random.nextBoolean() ? "Không có nhu cầu" : null);
            case STOP -> d.stop(at, "officer", "Dừng theo đề nghị của cơ quan có thẩm quyền");
            case APOLOGISE -> d.apologise(at, "officer", d.dueAt().plus(Duration.ofDays(1 + random.nextInt(5))), "Cần xác minh thêm");
        };
    }

    private static Duration gap(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Duration.ofMinutes(1 + random.nextInt(59));
            case 1 -> Duration.ofHours(1 + random.nextInt(8));
            case 2 -> Duration.ofDays(1).plusHours(random.nextInt(24));
            default -> Duration.ofDays(1 + random.nextInt(10));
        };
    }

    private static String digest(long seed) {
        byte[] b = new byte[32];
        new Random(seed).nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
