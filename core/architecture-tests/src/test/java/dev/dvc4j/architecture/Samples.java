package dev.dvc4j.architecture;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarPoints;
import dev.dvc4j.core.calendar.DeadlinePolicy;
import dev.dvc4j.core.calendar.HolidayData;
import dev.dvc4j.core.calendar.OnTimeRule;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.calendar.VietnameseLunarDate;
import dev.dvc4j.core.calendar.WorkingCalendar;
import dev.dvc4j.core.calendar.WorkingDuration;
import dev.dvc4j.core.calendar.WorkingTimeMeasure;
import dev.dvc4j.core.dossier.Address;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.Contact;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierListener;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.Filing;
import dev.dvc4j.core.dossier.HistoryVerification;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.TrustedKeys;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.DossierCode;
import dev.dvc4j.core.id.DossierSequenceSource;
import dev.dvc4j.core.id.IdentifierPoints;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.PhoneNumber;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import dev.dvc4j.core.id.TaxCode;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.io.ReadSummary;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalMapper;
import dev.dvc4j.core.portal.ProcedureDirectory;
import dev.dvc4j.core.portal.ResultLinks;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.CatalogueLoader;
import dev.dvc4j.core.procedure.DossierRules;
import dev.dvc4j.core.procedure.FeeAssessment;
import dev.dvc4j.core.procedure.FilingContext;
import dev.dvc4j.core.procedure.FilingFacts;
import dev.dvc4j.core.procedure.LevelAssessment;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ProcedurePoints;
import dev.dvc4j.core.procedure.ResultKind;
import dev.dvc4j.core.procedure.ResultReturnContext;
import dev.dvc4j.core.procedure.ResultReturnFacts;
import dev.dvc4j.core.procedure.Sector;
import dev.dvc4j.core.procedure.ServiceLevel;
import dev.dvc4j.core.procedure.ServiceLevelRegime;
import dev.dvc4j.core.procedure.ServiceLevels;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.Validity;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.ExtensionPoint;
import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.PostalAddress;
import dev.dvc4j.postal.PostalCalculator;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.ZoneResolver;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.FactsMapper;
import dev.dvc4j.stats.GroupKey;
import dev.dvc4j.stats.GroupedAccumulator;
import dev.dvc4j.stats.Index766;
import dev.dvc4j.stats.MeasureSettings;
import dev.dvc4j.stats.Metrics;
import dev.dvc4j.stats.MetricsAccumulator;
import dev.dvc4j.stats.Ranking;
import dev.dvc4j.stats.Rate;
import dev.dvc4j.stats.SavingsAccumulator;
import dev.dvc4j.stats.SavingsAssumptions;
import dev.dvc4j.stats.ServiceAccumulator;
import dev.dvc4j.stats.ServiceFacts;
import dev.dvc4j.stats.SupplementInterval;
import dev.dvc4j.stats.Target;
import dev.dvc4j.stats.TimeSeries;
import dev.dvc4j.stats.report.ReportAccumulator;
import dev.dvc4j.stats.report.ReportSpec;
import dev.dvc4j.stats.report.StatsReport;
import dev.dvc4j.testkit.DossierScenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A valid sample of every type the exported API takes as a parameter, so that a call can be made with every
 * argument valid but one. Each sample comes from the library's own API, as a host would build it.
 */
final class Samples {

    private static Map<Class<?>, Object> samples;

    private Samples() {
    }

    /** Text a parameter of this name reads, where any text will not do. */
    private static final Map<String, String> TEXT_BY_NAME = Map.ofEntries(
            Map.entry("previousHash", "0".repeat(64)),
            Map.entry("headHash", "0".repeat(64)),
            Map.entry("expectedHeadHash", "0".repeat(64)),
            Map.entry("sha256", "0".repeat(64)),
            Map.entry("province", "42"),
            Map.entry("provinceCode", "42"),
            Map.entry("commune", "18070"),
            Map.entry("communeCode", "18070"),
            Map.entry("zone", "intra-district"),
            Map.entry("email", "an@example.vn"),
            Map.entry("regime", "vn-decree-42-2022"),
            Map.entry("regimeKey", "vn-decree-42-2022"),
            Map.entry("choice", "both"));

    /** The text each class's {@code parse}, {@code fromWire} or one-text constructor reads. */
    private static final Map<Class<?>, String> TEXT_OF = Map.ofEntries(
            Map.entry(TaxCode.class, "0314409058"),
            Map.entry(PersonalId.class, "042095001234"),
            Map.entry(PhoneNumber.class, "0912345678"),
            Map.entry(AgencyCode.class, "000.00.21.H42"),
            Map.entry(DossierCode.class, "000.00.21.H42-260302-0001"),
            Map.entry(ProcedureCode.class, "1.000001"),
            Map.entry(dev.dvc4j.core.calendar.WorkingSession.class, "07:30-11:30"),
            Map.entry(dev.dvc4j.core.portal.PortalTime.class, "20260302090000"),
            Map.entry(dev.dvc4j.stats.Metric.class, "on-time"),
            Map.entry(dev.dvc4j.stats.Dimension.class, "month"),
            Map.entry(PostalLeg.class, "send"));

    /**
     * A sample for one parameter of an executable: text where its name or its class says what text it reads, a time
     * grouping where a series needs one, a labelled enum where a type of one is asked for, otherwise a sample of its type.
     *
     * @param e the executable
     * @param index the parameter's position
     * @return the sample, or {@code null} if none is known
     */
    static Object of(java.lang.reflect.Executable e, int index) {
        java.lang.reflect.Parameter p = e.getParameters()[index];
        Class<?> owner = e.getDeclaringClass();
        Object fromRecord = componentOfSample(e, index);
        if (fromRecord != null) {
            return fromRecord;
        }
        String name = p.getName();
        if (p.getType() == String.class || p.getType() == CharSequence.class) {
            String byName = TEXT_BY_NAME.get(name);
            if (byName != null) {
                return byName;
            }
            if (name.equals("category")) {
                return PostalCalculator.bundled().categories().keySet().iterator().next();
            }
            if (TEXT_OF.containsKey(owner) && e.getParameterCount() == 1) {
                return TEXT_OF.get(owner);
            }
            if (owner == ProcedureCode.class && name.equals("national")) {
                return "1.000001";
            }
            if (owner.isEnum() && dev.dvc4j.core.Labelled.class.isAssignableFrom(owner)) {
                return ((dev.dvc4j.core.Labelled) owner.getEnumConstants()[0]).wireName();
            }
        }
        if (p.getType() == dev.dvc4j.stats.Dimension.class && (name.equals("granularity") || name.equals("series"))) {
            return dev.dvc4j.stats.Dimension.MONTH;
        }
        if (p.getType() == Class.class && owner == dev.dvc4j.core.Labelled.class) {
            return dev.dvc4j.core.dossier.Channel.class;
        }
        return of(p.getParameterizedType());
    }

    /**
     * For a record's canonical constructor, the component of the record's own sample: a value the library built,
     * so every other argument is valid together with it.
     */
    private static Object componentOfSample(java.lang.reflect.Executable e, int index) {
        Class<?> owner = e.getDeclaringClass();
        if (!owner.isRecord() || !(e instanceof java.lang.reflect.Constructor<?>)) {
            return null;
        }
        java.lang.reflect.RecordComponent[] rc = owner.getRecordComponents();
        if (rc.length != e.getParameterCount()) {
            return null;
        }
        for (int i = 0; i < rc.length; i++) {
            if (rc[i].getType() != e.getParameterTypes()[i]) {
                return null;
            }
        }
        Object sample = of(owner);
        if (sample == null || sample.getClass() != owner) {
            return null;
        }
        try {
            return rc[index].getAccessor().invoke(sample);
        } catch (ReflectiveOperationException ex) {
            return null;
        }
    }

    /**
     * A sample of a possibly generic type: a collection of a known element type holds one sample element.
     *
     * @param type the type
     * @return the sample, or {@code null} if none is known
     */
    static Object of(java.lang.reflect.Type type) {
        if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            java.lang.reflect.Type[] args = p.getActualTypeArguments();
            java.lang.reflect.Type last = args.length == 0 ? null : args[args.length - 1];
            if (last instanceof java.lang.reflect.WildcardType w) {
                last = w.getUpperBounds()[0];
            }
            Object element = last instanceof Class<?> e && (e.getName().startsWith("dev.dvc4j") || e == String.class)
                    ? of(e) : null;
            if (element != null) {
                if (raw == Set.class) {
                    return Set.of(element);
                }
                if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
                    return List.of(element);
                }
                if (raw == Map.class && args[0] instanceof Class<?> k) {
                    Object key = k == String.class ? "k" : of(k);
                    return key == null ? null : Map.of(key, element);
                }
            }
            return of(raw);
        }
        if (type instanceof java.lang.reflect.TypeVariable<?> v) {
            return of(v.getBounds()[0]);
        }
        return type instanceof Class<?> c ? of(c) : null;
    }

    /**
     * A sample of a type.
     *
     * @param type the type
     * @return the sample, or {@code null} if none is known
     */
    static synchronized Object of(Class<?> type) {
        if (samples == null) {
            samples = build();
        }
        if (type.isPrimitive()) {
            return primitive(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        Object s = samples.get(type);
        if (s != null) {
            return s;
        }
        for (Map.Entry<Class<?>, Object> e : samples.entrySet()) {
            if (type.isAssignableFrom(e.getKey()) && type != Object.class) {
                return e.getValue();
            }
        }
        return type == Object.class ? "x" : null;
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'a';
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == double.class) {
            return 1.0;
        }
        if (type == float.class) {
            return 1.0f;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        return 1;
    }

    private static Map<Class<?>, Object> build() {
        Map<Class<?>, Object> m = new LinkedHashMap<>();
        try {
            // JDK types
            m.put(String.class, "1");
            m.put(CharSequence.class, "1");
            m.put(Integer.class, 1);
            m.put(Long.class, 1L);
            m.put(Boolean.class, Boolean.FALSE);
            m.put(BigDecimal.class, BigDecimal.ONE);
            m.put(Instant.class, Instant.parse("2026-03-02T02:00:00Z"));
            m.put(LocalDate.class, LocalDate.of(2026, 3, 2));
            m.put(LocalDateTime.class, LocalDateTime.of(2026, 3, 2, 9, 0));
            m.put(LocalTime.class, LocalTime.of(15, 0));
            m.put(Duration.class, Duration.ofHours(1));
            m.put(ZoneId.class, Dvc4j.VIETNAM);
            m.put(Clock.class, Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), Dvc4j.VIETNAM));
            m.put(Locale.class, Locale.ENGLISH);
            m.put(Optional.class, Optional.empty());
            m.put(List.class, List.of());
            m.put(Set.class, Set.of());
            m.put(Map.class, Map.of());
            m.put(Collection.class, List.of());
            m.put(Iterable.class, List.of());
            m.put(Class.class, String.class);
            m.put(ClassLoader.class, Samples.class.getClassLoader());
            m.put(Consumer.class, (Consumer<Object>) x -> { });
            m.put(Function.class, Function.identity());
            m.put(UnaryOperator.class, UnaryOperator.identity());
            m.put(BiFunction.class, (BiFunction<Object, Object, Object>) (a, b) -> a);
            m.put(Predicate.class, (Predicate<Object>) x -> true);
            m.put(Supplier.class, (Supplier<Object>) () -> "x");
            m.put(InputStream.class, new ByteArrayInputStream(new byte[0]));
            m.put(OutputStream.class, new ByteArrayOutputStream());
            m.put(Reader.class, new StringReader(""));
            m.put(Writer.class, new StringWriter());
            m.put(Appendable.class, new StringBuilder());
            m.put(StringBuilder.class, new StringBuilder());
            m.put(Throwable.class, new IllegalStateException("sample cause"));
            m.put(java.util.SortedMap.class, new java.util.TreeMap<>());
            m.put(java.util.OptionalInt.class, java.util.OptionalInt.empty());
            m.put(java.util.Random.class, new java.util.Random(1));
            java.security.KeyPair keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            m.put(java.security.PublicKey.class, keys.getPublic());
            m.put(java.security.PrivateKey.class, keys.getPrivate());
            Path dir = Files.createTempDirectory("dvc4j-samples");
            m.put(Path.class, dir.resolve("sample.out"));
            // base
            Dvc4j dvc4j = Dvc4j.builder().clock((Clock) m.get(Clock.class)).build();
            m.put(Dvc4j.class, dvc4j);
            m.put(Extensions.class, dvc4j);
            m.put(LocalizedText.class, LocalizedText.of("Mẫu", "Sample"));
            m.put(ExtensionPoint.class, CalendarPoints.WORKING_CALENDAR);
            m.put(Dvc4jModule.class, OverrideEveryPointTest.module("sample", c -> { }));
            m.put(AgencyCode.class, AgencyCode.parse("000.00.21.H42"));
            m.put(DossierCode.class, DossierCode.parse("000.00.21.H42-260302-0001"));
            m.put(ProcedureCode.class, ProcedureCode.parse("1.000001"));
            m.put(PersonalId.class, PersonalId.parse("042095001234"));
            m.put(TaxCode.class, TaxCode.parse("0314409058"));
            m.put(PhoneNumber.class, PhoneNumber.parse("0912345678"));
            m.put(Provinces.class, Provinces.bundled());
            m.put(Province.class, Provinces.bundled().byCode("42", LocalDate.of(2026, 3, 2)));
            m.put(DossierSequenceSource.class, dvc4j.get(IdentifierPoints.DOSSIER_SEQUENCE));
            m.put(Vnd.class, Vnd.of(26_000));
            m.put(ReadProblem.class, ReadProblem.atLine(1, "sample", LocalizedText.of("Mẫu", "Sample")));
            m.put(ReadSummary.class, ReadSummary.EMPTY);
            // calendar
            m.put(WorkingCalendar.class, WorkingCalendar.vietnam());
            m.put(WorkingTimeMeasure.class, WorkingCalendar.vietnam());
            m.put(DeadlinePolicy.class, dvc4j.get(CalendarPoints.DEADLINE_POLICY));
            m.put(OnTimeRule.class, dvc4j.get(CalendarPoints.DEADLINE_POLICY).onTimeRule());
            m.put(OnTimeRule.Supplements.class, OnTimeRule.Supplements.NONE);
            m.put(ProcessingPeriod.class, ProcessingPeriod.workingDays(5));
            m.put(WorkingDuration.class, WorkingDuration.ofDays(1));
            m.put(HolidayData.class, HolidayData.bundled());
            m.put(VietnameseLunarDate.class, VietnameseLunarDate.fromSolar(LocalDate.of(2026, 3, 2)));
            // dossier
            Dossier received = DossierScenario.online("1.000001").received().dossier();
            m.put(Dossier.class, received);
            m.put(Address.class, new Address("42", "18070", "1 Trần Phú"));
            m.put(Contact.class, new Contact(PhoneNumber.parse("0912345678"), null));
            m.put(Citizen.class, new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, Contact.NONE, null));
            m.put(Applicant.class, m.get(Citizen.class));
            m.put(Filing.class, Filing.builder().code((DossierCode) m.get(DossierCode.class)).procedure(ProcedureCode.parse("1.000001"))
                    .agency(AgencyCode.parse("000.00.21.H42")).applicant((Applicant) m.get(Citizen.class))
                    .channel(dev.dvc4j.core.dossier.Channel.ONLINE).resultDelivery(dev.dvc4j.core.dossier.ResultDelivery.ONLINE)
                    .period(ProcessingPeriod.workingDays(5)).at(Instant.parse("2026-03-02T02:00:00Z")).actor("portal").build());
            m.put(Fee.class, new Fee("LP", "Lệ phí", Vnd.of(10_000), FeeKind.FEE));
            m.put(Payment.class, new Payment(Vnd.of(10_000), PaymentMethod.CASH, "GD-1"));
            m.put(ResultDocument.class, new ResultDocument("KQ", "Kết quả", true, null));
            m.put(SubmittedDocument.class, SubmittedDocument.of("TP1", "Đơn", new byte[] {1}, false));
            m.put(DossierListener.class, (DossierListener) (d, e) -> { });
            m.put(HistoryVerification.class, HistoryVerification.INTACT);
            m.put(TrustedKeys.class, TrustedKeys.none());
            dev.dvc4j.core.dossier.HistorySigner signer = dev.dvc4j.core.dossier.JdkHistorySigner.of(keys.getPrivate(), keys.getPublic());
            m.put(dev.dvc4j.core.dossier.HistorySigner.class, signer);
            Dossier signed = received.sign(signer, received.events().get(received.events().size() - 1).at().plusSeconds(60));
            m.put(dev.dvc4j.core.dossier.HeadSignature.class, signed.signatures().get(0));
            m.put(dev.dvc4j.core.dossier.DossierEvent.class, received.events().get(0));
            // one event of each kind, from lifecycles the testkit drives
            for (DossierScenario path : List.of(
                    DossierScenario.online("1.000001").received().supplementRequested().supplemented()
                            .paymentRequested(10_000).paid().approved().returned(),
                    DossierScenario.online("1.000001").received().processing().rejected("Thiếu giấy tờ"),
                    DossierScenario.online("1.000001").refused(),
                    DossierScenario.online("1.000001").received().withdrawn(),
                    DossierScenario.online("1.000001").received().stopped())) {
                for (dev.dvc4j.core.dossier.DossierEvent event : path.dossier().events()) {
                    m.putIfAbsent(event.getClass(), event);
                }
            }
            // procedure
            Catalogue catalogue = CatalogueLoader.withDefaultValidator().loadSample();
            m.put(Catalogue.class, catalogue);
            ServiceOffer offer = catalogue.offers().iterator().next();
            Procedure procedure = catalogue.procedure(offer.procedure()).orElseThrow();
            m.put(ServiceOffer.class, offer);
            m.put(Procedure.class, procedure);
            ServiceLevels levels = ServiceLevels.from(dvc4j);
            m.put(ServiceLevels.class, levels);
            LevelAssessment level = levels.assess(procedure, offer, LocalDate.of(2026, 3, 2));
            m.put(LevelAssessment.class, level);
            m.put(ServiceLevelRegime.class, levels.regimes().get(0));
            m.put(ServiceLevel.class, level.level());
            m.put(Sector.class, procedure.sector());
            m.put(ResultKind.class, ResultKind.PAPER);
            m.put(Validity.class, Validity.ALWAYS);
            m.put(dev.dvc4j.core.procedure.ServiceFacts.class,
                    new dev.dvc4j.core.procedure.ServiceFacts(procedure, offer, LocalDate.of(2026, 3, 2)));
            FilingFacts filing = FilingFacts.builder(procedure.code(), offer.agency(), LocalDate.of(2026, 3, 2)).build();
            m.put(FilingFacts.class, filing);
            FeeAssessment fee = DossierRules.feeDue(procedure, LocalDate.of(2026, 3, 2), dev.dvc4j.core.dossier.Channel.ONLINE,
                    Optional.empty());
            m.put(FeeAssessment.class, fee);
            m.put(FilingContext.class, new FilingContext(filing, procedure, offer, level, fee));
            ResultReturnFacts ret = new ResultReturnFacts(procedure.code(), offer.agency(), dev.dvc4j.core.dossier.Channel.ONLINE,
                    LocalDate.of(2026, 3, 2), dev.dvc4j.core.dossier.ResultDelivery.COUNTER, Optional.empty(), Optional.empty(),
                    LocalDate.of(2026, 3, 9));
            m.put(ResultReturnFacts.class, ret);
            m.put(ResultReturnContext.class, new ResultReturnContext(ret, procedure, offer, level, fee));
            m.put(DossierRules.class, DossierRules.from(dvc4j, catalogue));
            m.put(dev.dvc4j.core.procedure.DossierRule.class, DossierRules.bundled().get(0));
            m.put(ProcedurePoints.class, ProcedurePoints.class);
            // portal
            m.put(PortalCodes.class, PortalCodes.defaults());
            m.put(ProcedureDirectory.class, ProcedureDirectory.UNKNOWN);
            m.put(ResultLinks.class, ResultLinks.DEFAULT);
            PortalDossier portal = PortalMapper.defaults().toPortal(received);
            m.put(PortalDossier.class, portal);
            m.put(SyncRequest.class, SyncRequest.ofDossiers(List.of(portal), false));
            // postal
            m.put(PostalAddress.class, PostalAddress.of("42", "18070"));
            m.put(PostalQuoteRequest.class, PostalQuoteRequest.of(PostalLeg.BOTH, ZoneResolver.INTRA_DISTRICT, 100,
                    LocalDate.of(2026, 3, 2)));
            PostalCalculator postal = PostalCalculator.bundled();
            m.put(PostalCalculator.class, postal);
            m.put(PostalTariff.class, postal.tariffs().get(0));
            m.put(PostalSubsidy.class, dev.dvc4j.postal.PostalTariffs.loadSubsidies(new ByteArrayInputStream("""
                    {"subsidies": [{"id": "sample-discount", "name": {"vi": "Giảm cước mẫu", "en": "Sample discount"},
                      "source": "sample", "kind": "temporary-discount", "fundedBy": "provider", "provinces": ["51"],
                      "validFrom": "2020-04-01", "validTo": "2020-05-31", "maxWeightGrams": 100,
                      "limits": {"intra-district": 15000}}]}
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0));
            dev.dvc4j.postal.PostalQuote quote = postal.quote(PostalQuoteRequest.of(PostalLeg.BOTH, "intra-district", 100,
                    LocalDate.of(2026, 3, 2)));
            m.put(dev.dvc4j.postal.PostalQuote.class, quote);
            m.put(dev.dvc4j.postal.PostalQuote.Line.class, quote.lines().get(0));
            m.put(BeneficiaryCategory.class, postal.categories().values().iterator().next());
            m.put(ZoneResolver.class, postal.zoneResolvers().values().iterator().next());
            // stats
            DossierFacts facts = FactsMapper.from(dvc4j).fromDossier(received);
            m.put(DossierFacts.class, facts);
            MeasureSettings settings = MeasureSettings.from(dvc4j, Instant.parse("2026-04-01T00:00:00Z"));
            m.put(MeasureSettings.class, settings);
            m.put(MetricsAccumulator.class, MetricsAccumulator.empty(settings));
            m.put(Metrics.class, MetricsAccumulator.empty(settings).result());
            m.put(Rate.class, Rate.of(1, 2));
            m.put(GroupKey.class, GroupKey.of("H42"));
            m.put(Ranking.class, Ranking.byWilsonLowerBound());
            m.put(SupplementInterval.class, SupplementInterval.open(Instant.parse("2026-03-02T03:00:00Z")));
            m.put(SavingsAssumptions.class, SavingsAssumptions.seedDefaults());
            m.put(SavingsAccumulator.class, SavingsAccumulator.empty(SavingsAssumptions.seedDefaults()));
            m.put(SavingsAccumulator.Savings.class, SavingsAccumulator.empty(SavingsAssumptions.seedDefaults()).result());
            m.put(ServiceAccumulator.class, ServiceAccumulator.create());
            m.put(ServiceAccumulator.Result.class, ServiceAccumulator.create().result());
            m.put(ServiceFacts.class, ServiceFacts.ofLevel("1.000001", "000.00.21.H42", 4));
            m.put(Index766.class, Index766.bundled());
            m.put(Index766.Indicator.class, Index766.bundled().indicators().get(0));
            m.put(Index766.Group.class, Index766.bundled().groups().get(0));
            m.put(dev.dvc4j.stats.Accumulator.class, MetricsAccumulator.empty(settings));
            m.put(Target.class, Target.rate("t", dev.dvc4j.stats.Metric.ON_TIME, BigDecimal.valueOf(90), LocalDate.of(2026, 12, 31)));
            ReportSpec spec = ReportSpec.from(dvc4j, Instant.parse("2026-04-01T00:00:00Z")).build();
            m.put(ReportSpec.class, spec);
            m.put(ReportAccumulator.class, ReportAccumulator.of(spec));
            StatsReport report = ReportAccumulator.compute(spec, List.of(facts));
            m.put(StatsReport.class, report);
            m.put(Index766.Score.class, Index766.bundled().score(i -> Optional.empty()));
            dev.dvc4j.stats.TargetAssessment assessed = dev.dvc4j.stats.TargetAssessment.assess((Target) m.get(Target.class),
                    report.overall(), new java.util.TreeMap<>(), LocalDate.of(2026, 3, 2), 28);
            m.put(dev.dvc4j.stats.TargetAssessment.class, assessed);
            m.put(dev.dvc4j.stats.TargetAssessment.Projection.class, assessed.projection());
            m.put(net.jqwik.api.Arbitrary.class, net.jqwik.api.Arbitraries.just("x"));
            m.put(GroupedAccumulator.class, GroupedAccumulator.of(List.of(dev.dvc4j.stats.Dimension.PROVINCE),
                    MetricsAccumulator.empty(settings)));
            m.put(TimeSeries.class, TimeSeries.of(dev.dvc4j.stats.Dimension.MONTH, dev.dvc4j.stats.Metric.ON_TIME, Map.of(),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
