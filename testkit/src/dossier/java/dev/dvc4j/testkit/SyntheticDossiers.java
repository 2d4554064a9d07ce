package dev.dvc4j.testkit;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarDeadlinePolicy;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.SupplementClock;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.Organisation;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.testkit.internal.OfficeHours;
import dev.dvc4j.testkit.internal.SyntheticDraws;
import dev.dvc4j.testkit.internal.SyntheticSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A seeded generator of <em>realistic</em> synthetic dossier histories for one province: the channel mix, postal
 * share, supplements, financial obligations, late dossiers and office hours look like the seed figures (for example
 * about 98% of badge dossiers filed online), while every identifier is valid and every history legal. Online filing
 * of the other procedures grows through the period (from 80% to 120% of each procedure's online share).
 *
 * <p>Unlike {@link DossierArbitraries}, which explores every legal path uniformly to find bugs, this generator
 * reproduces a province's proportions, for reports, demos and load tests. All data is synthetic: names, codes
 * and numbers are invented, and the procedure names only illustrate the kinds of procedures a province handles; procedure codes are placeholders
 * ({@code 9.9xxxxx}), not national codes.
 *
 * <p>It needs no jqwik at run time, so command lines and load tools can use it; in a property, wrap it with
 * {@code Arbitraries.randomValue(r -> gen.dossier(r.nextLong(), 1, 1_000))}.
 *
 * <p>The same seed and settings always give the same dossiers. {@link #stream(long)} is lazy and holds only a few
 * counters, so a million dossiers are generated in constant memory, in filing order.
 *
 * <p>Its statistics-level sibling, {@code dev.dvc4j.testkit.stats.SyntheticFacts} (which needs dvc4j-stats), is
 * built and seeded the same way and draws filing times, reception, processing time and result return from the same
 * distributions, for facts at national scale.
 *
 * <pre>{@code
 * SyntheticDossiers gen = SyntheticDossiers.builder().seed(42).build();
 * gen.stream(1_000).forEach(d -> ...);
 * }</pre>
 */
public final class SyntheticDossiers {

    /** The dataset's label, to show wherever its figures are shown. */
    public static final LocalizedText LABEL = LocalizedText.of(
            "Dữ liệu tổng hợp (giả lập) của một tỉnh, không phải số liệu thật",
            "Synthetic data for one province, not real figures");

    private static final HexFormat HEX = HexFormat.of();

    private static final String[] OTHER_PLACES = {"001", "038", "040", "044", "079"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Quang", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai",
        "Nam", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vy"};
    private static final String[] COMPANY = {"Công ty TNHH Vận tải Hồng Lĩnh", "HTX Vận tải Thạch Hà",
        "Công ty CP Xe khách Kỳ Anh", "Công ty TNHH Xây dựng Cẩm Xuyên", "Hộ kinh doanh Lê Thị Mai"};

    /**
     * A procedure of the synthetic province and how its dossiers behave.
     *
     * @param code the procedure code: a placeholder in the {@code 9.9xxxxx} range, not a national code (the first three
     *             match the placeholders of core's sample catalogue)
     * @param name the procedure's name
     * @param sector the sector (lĩnh vực)
     * @param agency the agency that receives it
     * @param period the legal processing period
     * @param weight its relative share of dossiers
     * @param onlinePercent the percentage filed online
     * @param postalPercent the percentage filed through the public postal service
     * @param fee the fee paid at filing, or zero
     * @param organisations whether applicants are organisations rather than citizens
     */
    public record Procedure(ProcedureCode code, LocalizedText name, LocalizedText sector, AgencyCode agency,
                            ProcessingPeriod period, int weight, int onlinePercent, int postalPercent, Vnd fee,
                            boolean organisations) {
        /** Validates the proportions. */
        public Procedure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sector, "sector");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(fee, "fee");
            if (weight <= 0 || onlinePercent < 0 || postalPercent < 0 || onlinePercent + postalPercent > 100) {
                throw new IllegalArgumentException("weight must be positive and channel percentages add up to at most 100");
            }
        }
    }

    /** The synthetic province's procedure catalogue (province code 42, agency unit H42). */
    public static final List<Procedure> PROCEDURES = List.of(
            procedure("9.900001", "Cấp phù hiệu xe ô tô kinh doanh vận tải", "Issue a commercial transport vehicle badge",
                    "Đường bộ", "Road transport", "000.00.21.H42", 2, 12, 98, 0, 0, true),
            procedure("9.900003", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", "Exchange a driving licence",
                    "Đường bộ", "Road transport", "000.00.21.H42", 5, 14, 35, 5, 135_000, false),
            procedure("9.910001", "Đăng ký khai sinh", "Birth registration",
                    "Hộ tịch", "Civil status", "000.23.30.H42", 1, 16, 72, 0, 0, false),
            procedure("9.910002", "Đăng ký kết hôn", "Marriage registration",
                    "Hộ tịch", "Civil status", "000.23.30.H42", 1, 5, 40, 0, 0, false),
            procedure("9.910003", "Chứng thực bản sao từ bản chính", "Certify a copy from the original",
                    "Chứng thực", "Certification", "000.23.30.H42", 1, 18, 20, 0, 2_000, false),
            procedure("9.910004", "Cấp phiếu lý lịch tư pháp cho công dân Việt Nam", "Issue a criminal record certificate",
                    "Lý lịch tư pháp", "Judicial records", "000.00.15.H42", 10, 8, 85, 8, 200_000, false),
            procedure("9.910005", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Building permit for a private house",
                    "Xây dựng", "Construction", "000.00.23.H42", 15, 6, 45, 5, 75_000, false),
            procedure("9.910006", "Đăng ký thành lập hộ kinh doanh", "Register a household business",
                    "Thành lập và hoạt động của hộ kinh doanh", "Household businesses", "000.00.19.H42", 3, 7, 80, 2, 100_000, true),
            procedure("9.910007", "Đăng ký biến động quyền sử dụng đất", "Register a change of land-use rights",
                    "Đất đai", "Land", "000.00.17.H42", 10, 9, 25, 3, 0, false),
            procedure("9.900002", "Cấp giấy phép kinh doanh vận tải bằng xe ô tô", "Licence for road transport business",
                    "Đường bộ", "Road transport", "000.00.21.H42", 5, 5, 90, 2, 0, true));

    private final SyntheticSettings settings;
    private final Instant asOf;
    private final OfficeHours hours;
    private final DeadlinePolicy policy;
    private final List<Procedure> procedures;
    private final int totalWeight;

    private SyntheticDossiers(Builder b) {
        this.settings = b.settings.copy();
        this.asOf = b.asOf != null ? b.asOf : settings.to().plusDays(1).atStartOfDay(Dvc4j.VIETNAM).toInstant();
        this.hours = settings.officeHours();
        this.policy = b.policy;
        this.procedures = List.copyOf(b.procedures);
        this.totalWeight = procedures.stream().mapToInt(Procedure::weight).sum();
    }

    /** @return a builder with the defaults: seed 0, the year 2025, the national working calendar and its deadlines */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the procedures dossiers are drawn from */
    public List<Procedure> procedures() {
        return procedures;
    }

    /** @return the instant the dataset is observed at: later events are not generated, so some dossiers are open */
    public Instant asOf() {
        return asOf;
    }

    /**
     * The procedure profile of a dossier's procedure code.
     *
     * @param code the procedure code
     * @return the profile, or {@code null} if the code is not in this catalogue
     */
    public Procedure procedure(ProcedureCode code) {
        for (Procedure p : procedures) {
            if (p.code().equals(code)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A lazy stream of dossiers in filing order. Each dossier depends only on the seed, its index and the count, so
     * the stream is reproducible.
     *
     * @param count how many dossiers
     * @return the dossiers
     * @throws IllegalArgumentException if the count is negative
     */
    public Stream<Dossier> stream(long count) {
        return stream(count, new DailySequences());
    }

    /** {@link #stream(long)} numbering with the given counters, which a test can look into. */
    Stream<Dossier> stream(long count, DailySequences sequences) {
        return settings.stream(count, (index, day) -> {
            sequences.moveTo(day);
            Random r = random(index);
            return build(r, pick(r), day, sequences);
        });
    }

    /**
     * One dossier, independent of any stream.
     *
     * @param index its index (which day of the period it is filed on, with {@code count})
     * @param sequence its daily sequence number, 1 to 9999
     * @param count the number of dossiers spread over the period
     * @return the dossier
     */
    public Dossier dossier(long index, int sequence, long count) {
        Random r = random(index);
        int seq = 1 + Math.floorMod(sequence - 1, 9_999);
        return build(r, pick(r), settings.filingDay(index, count), (agency, date) -> seq);
    }

    private Random random(long index) {
        return new Random(SyntheticDraws.itemSeed(settings.seed(), index));
    }

    private Procedure pick(Random r) {
        int x = r.nextInt(totalWeight);
        for (Procedure p : procedures) {
            x -= p.weight();
            if (x < 0) {
                return p;
            }
        }
        throw new AssertionError();
    }

    // ------------------------------------------------------------------ one history

    /** Numbers dossiers per agency and filing day. */
    private interface Sequencer {
        int next(AgencyCode agency, LocalDate day);
    }

    /**
     * The daily sequence numbers of a stream, per agency and filing day, 1 to 9999 and round again. Filings are never
     * earlier than their index day, so the counters of earlier days are forgotten as the index day moves on, and a
     * stream of any length holds only the counters of a few days.
     */
    static final class DailySequences implements Sequencer {
        private record Key(AgencyCode agency, LocalDate day) {
        }

        private final Map<Key, Integer> counters = new HashMap<>();
        private LocalDate indexDay;

        /** The stream has reached this index day: forgets the counters of the days before it. */
        void moveTo(LocalDate day) {
            if (!day.equals(indexDay)) {
                indexDay = day;
                counters.keySet().removeIf(k -> k.day().isBefore(day));
            }
        }

        @Override
        public int next(AgencyCode agency, LocalDate day) {
            int n = counters.merge(new Key(agency, day), 1, Integer::sum);
            return 1 + (n - 1) % 9_999;
        }

        /** @return how many agency-day counters are held */
        int size() {
            return counters.size();
        }
    }

    private Dossier build(Random r, Procedure p, LocalDate day, Sequencer sequencer) {
        // Online filing grows over the period, as provinces push it (badge-like procedures are already saturated).
        double progress = (double) ChronoUnit.DAYS.between(settings.from(), day)
                / Math.max(1, ChronoUnit.DAYS.between(settings.from(), settings.to()));
        int online = p.onlinePercent() >= 90 ? p.onlinePercent()
                : Math.min(100 - p.postalPercent(), (int) Math.round(p.onlinePercent() * (0.8 + 0.4 * progress)));
        Channel channel = SyntheticDraws.channel(r, online, p.postalPercent());
        Instant filedAt = Instant.ofEpochSecond(hours.filingTime(r, day, channel));
        ResultDelivery delivery = SyntheticDraws.resultDelivery(r, channel);
        Filing.Builder f = Filing.builder()
                .code(new DossierCode(p.agency(), filedAt.atZone(Dvc4j.VIETNAM).toLocalDate(),
                        sequencer.next(p.agency(), filedAt.atZone(Dvc4j.VIETNAM).toLocalDate())))
                .procedure(p.code()).agency(p.agency()).applicant(applicant(r, p)).channel(channel)
                .resultDelivery(delivery).period(p.period()).summary(p.name().vi())
                .vneidAuthenticated(channel == Channel.ONLINE && SyntheticDraws.chance(r, 70))
                .at(filedAt).actor(channel == Channel.ONLINE ? "portal" : "one-stop");
        int docs = 1 + r.nextInt(3);
        for (int k = 0; k < docs; k++) {
            f.document(new SubmittedDocument("TP" + (k + 1), k == 0 ? "Đơn đề nghị" : "Giấy tờ kèm theo " + k, digest(r),
                    channel == Channel.ONLINE || SyntheticDraws.chance(r, 60), SyntheticDraws.chance(r, 30),
                    SyntheticDraws.chance(r, 10)));
        }
        if (p.fee().isPositive()) {
            f.fee(new Fee("LP1", "Lệ phí", p.fee(), FeeKind.FEE));
        }
        Dossier d = Dossier.file(f.build());
        Instant t = filedAt;

        if (d.outstanding().isPositive()) {
            PaymentMethod method = channel != Channel.ONLINE ? PaymentMethod.CASH
                    : SyntheticDraws.chance(r, 75) ? PaymentMethod.NATIONAL_PORTAL
                    : SyntheticDraws.chance(r, 60) ? PaymentMethod.OWN_GATEWAY : PaymentMethod.CASH;
            if (method != PaymentMethod.CASH) {
                t = t.plus(Duration.ofMinutes(1 + r.nextInt(10)));
                if (!before(t)) {
                    return d;
                }
                d = d.pay(t, "applicant", new Payment(d.outstanding(), method, "TX" + Integer.toUnsignedString(r.nextInt(), 36)));
            }
        }

        // Reception: at the counter at once; online and postal dossiers in the next office hours.
        t = Instant.ofEpochSecond(hours.receptionTime(r, channel, t.getEpochSecond()));
        if (!before(t)) {
            return d;
        }
        // 0.8% refused at reception, 0.3% withdrawn before it
        int fate = SyntheticDraws.band(r, 1000, 8, 11);
        if (fate == 0) {
            return d.refuse(t, officer(r), "Hồ sơ không thuộc thẩm quyền giải quyết");
        }
        if (fate == 1) {
            return d.withdraw(t, "applicant", "Không còn nhu cầu");
        }
        d = d.receive(t, officer(r), policy);
        if (d.outstanding().isPositive()) {
            d = d.pay(t, officer(r), new Payment(d.outstanding(), PaymentMethod.CASH, "BL" + r.nextInt(1_000_000)));
        }
        Instant received = t;

        t = office(t.plus(Duration.ofMinutes(5 + r.nextInt(180))));
        if (!before(t)) {
            return d;
        }
        d = d.startProcessing(t, officer(r), "Phòng chuyên môn");

        if (SyntheticDraws.chance(r, 7)) {
            t = office(t.plus(Duration.ofHours(2 + r.nextInt(30))));
            if (!before(t)) {
                return d;
            }
            d = d.requestSupplement(t, officer(r), "Thiếu hoặc sai thành phần hồ sơ");
            // 4% withdraw, 6% never answer within the period, the rest answer
            int answer = SyntheticDraws.band(r, 100, 4, 10);
            if (answer == 0) {
                t = t.plus(Duration.ofDays(2 + r.nextInt(10)));
                return before(t) ? d.withdraw(t, "applicant", null) : d;
            }
            if (answer == 1) {
                return d; // never answered within the period
            }
            t = t.plus(Duration.ofHours(6 + r.nextInt(24 * 6)));
            if (!before(t)) {
                return d;
            }
            d = d.supplement(t, "applicant", List.of(new SubmittedDocument("TP9", "Giấy tờ bổ sung", digest(r), true, false, false)), policy);
            received = t;
            t = office(t.plus(Duration.ofMinutes(30 + r.nextInt(240))));
            if (!before(t)) {
                return d;
            }
        }

        if (p.code().national().equals("9.910007") && SyntheticDraws.chance(r, 60)) {
            t = office(t.plus(Duration.ofHours(4 + r.nextInt(48))));
            if (!before(t)) {
                return d;
            }
            d = d.requestPayment(t, officer(r), List.of(new Fee("NV1", "Lệ phí trước bạ", Vnd.of(500_000L + 10_000L * r.nextInt(500)), FeeKind.OTHER)));
            t = t.plus(Duration.ofHours(2 + r.nextInt(96)));
            if (!before(t)) {
                return d;
            }
            PaymentMethod m = SyntheticDraws.chance(r, 55) ? PaymentMethod.NATIONAL_PORTAL : PaymentMethod.CASH;
            d = d.pay(t, "applicant", new Payment(d.outstanding(), m, "NV" + r.nextInt(1_000_000)));
        }

        // Processing time as a share of the time allowed: most early, some near the deadline, about 6% late.
        Instant due = d.dueAt();
        long allowed = Math.max(60, Duration.between(received, due).toMinutes());
        double share = SyntheticDraws.processingShare(r);
        Instant end = office(received.plus(Duration.ofMinutes((long) (allowed * share))));
        if (!end.isAfter(t)) {
            end = office(t.plus(Duration.ofMinutes(30)));
        }
        if (end.isAfter(due) && SyntheticDraws.chance(r, 60)) {
            Instant apologyAt = office(due.minus(Duration.ofDays(1)));
            if (apologyAt.isAfter(t) && apologyAt.isBefore(due) && before(apologyAt)) {
                d = d.apologise(apologyAt, officer(r), end.plus(Duration.ofDays(1)), "Cần xác minh thêm thông tin");
                t = apologyAt;
            }
        }
        if (!before(end)) {
            return d;
        }
        // 0.5% stopped, 2.5% rejected, the rest approved
        int outcome = SyntheticDraws.band(r, 1000, 5, 30);
        if (outcome == 0) {
            return d.stop(end, "leader", "Dừng xử lý theo đề nghị của cơ quan có thẩm quyền");
        }
        if (outcome == 1) {
            d = d.reject(end, "leader", List.of("Không đủ điều kiện theo quy định"));
        } else {
            boolean electronic = delivery == ResultDelivery.ONLINE || SyntheticDraws.chance(r, 65);
            d = d.approve(end, "leader", List.of(new ResultDocument("KQ1", "Kết quả giải quyết", electronic, electronic ? digest(r) : null)));
        }

        if (SyntheticDraws.chance(r, 4)) {
            return d; // result not yet collected
        }
        Instant back = Instant.ofEpochSecond(hours.returnTime(r, delivery, end.getEpochSecond()));
        return before(back) ? d.returnResult(back, delivery == ResultDelivery.COUNTER ? officer(r) : "postal") : d;
    }

    private boolean before(Instant t) {
        return t.isBefore(asOf);
    }

    /** The first office-hours instant at or after {@code t}. */
    private Instant office(Instant t) {
        long s = t.getEpochSecond();
        long next = hours.next(s);
        return next == s ? t : Instant.ofEpochSecond(next);
    }

    private static String officer(Random r) {
        return "officer-" + (1 + r.nextInt(12));
    }

    private static Applicant applicant(Random r, Procedure p) {
        List<String> prefixes = IdentifierArbitraries.MOBILE_PREFIXES;
        PhoneNumber phone = PhoneNumber.parse(prefixes.get(r.nextInt(prefixes.size())) + String.format("%08d", r.nextInt(100_000_000)));
        if (p.organisations() && SyntheticDraws.chance(r, 70)) {
            Optional<TaxCode> tax;
            do {
                tax = IdentifierArbitraries.taxCode(String.format("30%07d", 1 + r.nextInt(9_999_998)));
            } while (tax.isEmpty());
            return new Organisation(COMPANY[r.nextInt(COMPANY.length)], tax.get(),
                    name(r, false), new Contact(phone, null), new Address("42", null, "Thành phố Hà Tĩnh"));
        }
        boolean female = r.nextBoolean();
        int year = 1945 + r.nextInt(63);
        String place = SyntheticDraws.chance(r, 85) ? "042" : OTHER_PLACES[r.nextInt(OTHER_PLACES.length)];
        PersonalId id = IdentifierArbitraries.personalId(place, year, female, r.nextInt(1_000_000));
        return new Citizen(name(r, female), id, null, new Contact(phone, null), new Address("42", null, "Hà Tĩnh"));
    }

    private static String name(Random r, boolean female) {
        String middle = female ? "Thị" : MIDDLE[r.nextInt(MIDDLE.length)];
        return FAMILY[r.nextInt(FAMILY.length)] + " " + middle + " " + GIVEN[r.nextInt(GIVEN.length)];
    }

    private static String digest(Random r) {
        byte[] b = new byte[32];
        r.nextBytes(b);
        return HEX.formatHex(b);
    }

    private static Procedure procedure(String code, String vi, String en, String sectorVi, String sectorEn, String agency,
                                       int days, int weight, int online, int postal, long fee, boolean organisations) {
        return new Procedure(ProcedureCode.parse(code), LocalizedText.of(vi, en), LocalizedText.of(sectorVi, sectorEn),
                AgencyCode.parse(agency), ProcessingPeriod.workingDays(days), weight, online, postal, Vnd.of(fee), organisations);
    }

    /** Builds a {@link SyntheticDossiers}. */
    public static final class Builder {
        private final SyntheticSettings settings = new SyntheticSettings();
        private Instant asOf;
        private DeadlinePolicy policy = new CalendarDeadlinePolicy(WorkingCalendar.vietnam(), SupplementClock.RESTART);
        private List<Procedure> procedures = PROCEDURES;

        private Builder() {
        }

        /**
         * @param seed the seed; the same seed gives the same dossiers
         * @return this builder
         */
        public Builder seed(long seed) {
            settings.seed(seed);
            return this;
        }

        /**
         * The filing period.
         *
         * @param from the first filing day
         * @param to the last filing day (inclusive)
         * @return this builder
         * @throws IllegalArgumentException if the period ends before it starts
         */
        public Builder period(LocalDate from, LocalDate to) {
            settings.period(from, to);
            return this;
        }

        /**
         * The instant the data is observed at; events after it are not generated. Defaults to the end of the period.
         *
         * @param asOf the instant
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Which days are working days (for office hours); defaults to the national calendar's
         * ({@link WorkingCalendar#vietnam()}: weekends, public holidays and swapped days). Pass a province's calendar's
         * test to respect its own days off.
         *
         * @param workingDay the test
         * @return this builder
         */
        public Builder workingDays(Predicate<LocalDate> workingDay) {
            settings.workingDays(workingDay);
            return this;
        }

        /**
         * The deadline policy for due dates; defaults to working time on the national calendar
         * ({@link CalendarDeadlinePolicy}) with the clock restarting after a supplement.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(DeadlinePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The procedure catalogue to draw from; defaults to {@link #PROCEDURES}.
         *
         * @param procedures at least one procedure
         * @return this builder
         */
        public Builder procedures(List<Procedure> procedures) {
            if (procedures == null || procedures.isEmpty()) {
                throw new IllegalArgumentException("at least one procedure is needed");
            }
            this.procedures = new ArrayList<>(procedures);
            return this;
        }

        /** @return the generator */
        public SyntheticDossiers build() {
            return new SyntheticDossiers(this);
        }
    }

    @Override
    public String toString() {
        return "SyntheticDossiers[" + settings + ", procedures=" + procedures.size() + "]";
    }
}
