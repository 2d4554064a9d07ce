package dev.dvc4j.core.internal.procedure;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.calendar.CalendarException;
import dev.dvc4j.core.calendar.ProcessingPeriod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import dev.dvc4j.core.internal.procedure.json.CatalogueDoc;
import dev.dvc4j.core.internal.procedure.json.DocumentDoc;
import dev.dvc4j.core.internal.procedure.json.ExemptionDoc;
import dev.dvc4j.core.internal.procedure.json.FeeDoc;
import dev.dvc4j.core.internal.procedure.json.OfferDoc;
import dev.dvc4j.core.internal.procedure.json.ProcedureDoc;
import dev.dvc4j.core.internal.procedure.json.RateDoc;
import dev.dvc4j.core.internal.procedure.json.TextDoc;
import dev.dvc4j.core.internal.json.InputTexts;
import dev.dvc4j.core.internal.json.JsonProblems;
import dev.dvc4j.core.internal.json.StrictJson;
import dev.dvc4j.core.io.ReadProblem;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.procedure.Catalogue;
import dev.dvc4j.core.procedure.CatalogueProblem;
import dev.dvc4j.core.procedure.CompetentLevel;
import dev.dvc4j.core.procedure.DocumentRequirement;
import dev.dvc4j.core.procedure.FeeCollection;
import dev.dvc4j.core.procedure.FeeExemption;
import dev.dvc4j.core.procedure.FeeItem;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.procedure.FeeRate;
import dev.dvc4j.core.procedure.Integration;
import dev.dvc4j.core.procedure.Procedure;
import dev.dvc4j.core.procedure.ProcedureException;
import dev.dvc4j.core.procedure.ResultKind;
import dev.dvc4j.core.procedure.Sector;
import dev.dvc4j.core.procedure.ServiceCapability;
import dev.dvc4j.core.procedure.ServiceOffer;
import dev.dvc4j.core.procedure.Validity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads catalogue documents, collecting every problem: JSON syntax (with line and column), shape (unknown
 * properties, wrong types), Jakarta Validation constraints, values the domain rejects (durations, dates, overlapping
 * rates), and across documents duplicates and offers for unknown procedures. Not part of the API. Not thread-safe:
 * one reader per load.
 */
public final class CatalogueReader {

    /** The wire format's strict mapper, with scalars that report a wrong type to {@link Collector} and go on. */
    private static final JsonMapper MAPPER = StrictJson.limit(StrictJson.builder()
            .addModule(new dev.dvc4j.core.json.Dvc4jJacksonModule()).addModule(StrictJson.exactScalars()).build());

    private final Validator validator;
    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<ServiceOffer> offers = new ArrayList<>();
    private final Map<ProcedureCode, String> procedureAt = new HashMap<>();
    private final Map<String, String> offerAt = new HashMap<>();
    private final List<PendingOffer> pending = new ArrayList<>();
    private final Set<ProcedureCode> invalidProcedures = new HashSet<>();
    private String label = "";
    private boolean sample;

    private record PendingOffer(String source, String path, ServiceOffer offer) {
    }

    /**
     * Creates a reader.
     *
     * @param validator the Jakarta validator
     */
    public CatalogueReader(Validator validator) {
        this.validator = validator;
    }

    /**
     * Reads one document.
     *
     * @param source its name in reports
     * @param in the JSON (not closed)
     */
    public void read(String source, InputStream in) {
        Set<String> bindingPaths = new HashSet<>();
        ObjectReader reader = MAPPER.readerFor(CatalogueDoc.class).withHandler(new Collector(source, bindingPaths));
        CatalogueDoc doc;
        int firstProblem = problems.size();
        try (JsonParser parser = StrictJson.parser(MAPPER, source, in)) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                problems.add(CatalogueProblem.at(source, "", "catalogue.empty", first == null
                        ? InputTexts.empty() : InputTexts.nullDocument()));
                return;
            }
            doc = reader.readValue(parser);
            if (doc == null) {
                // The document itself had the wrong shape (an array, a string): the handler listed why.
                if (problems.size() == firstProblem) {
                    problems.add(CatalogueProblem.at(source, "", "catalogue.json-shape",
                            InputTexts.wrongType(InputTexts.JsonType.OBJECT, JsonProblems.found(first))));
                }
                return;
            }
            if (parser.nextToken() != null) {
                problems.add(located(source, "", parser.currentTokenLocation(), "catalogue.malformed-json", InputTexts.trailing()));
                return;
            }
        } catch (IOException | RuntimeException e) {
            ReadProblem p = JsonProblems.of(source, e, StrictJson.LIMITS);
            boolean shape = p.code().equals(InputTexts.UNKNOWN_PROPERTY) || p.code().equals(InputTexts.WRONG_TYPE)
                    || p.code().equals(InputTexts.MISSING) || p.code().equals(InputTexts.INVALID_VALUE)
                    || p.code().equals(InputTexts.UNKNOWN_TYPE) || !p.code().startsWith("input.");
            String path = p.path().startsWith("$.") ? p.path().substring(2) : p.path().startsWith("$") ? p.path().substring(1) : p.path();
            problems.add(new CatalogueProblem(source, path,
                    p.line() > 0 ? OptionalInt.of((int) p.line()) : OptionalInt.empty(),
                    p.line() > 0 && p.column() > 0 ? OptionalInt.of((int) p.column()) : OptionalInt.empty(),
                    shape ? "catalogue.json-shape" : "catalogue.malformed-json", p.message()));
            return;
        }
        Set<String> invalidPaths = new HashSet<>(bindingPaths);
        for (ConstraintViolation<CatalogueDoc> v : validator.validate(doc)) {
            String p = path(v.getPropertyPath());
            invalidPaths.add(p);
            if (!bindingPaths.contains(p)) {
                problems.add(CatalogueProblem.at(source, p, "catalogue.constraint." + kind(v), message(v)));
            }
        }
        if (doc.label() != null && label.isEmpty()) {
            label = doc.label();
        }
        sample |= Boolean.TRUE.equals(doc.sample());
        List<ProcedureDoc> ps = doc.procedures() == null ? List.of() : doc.procedures();
        for (int i = 0; i < ps.size(); i++) {
            String p = "procedures[" + i + "]";
            if (ps.get(i) != null && touched(invalidPaths, p)) {
                ProcedureDoc d = ps.get(i);
                if (d.code() != null && ProcedureCode.isValid(d.code())) {
                    invalidProcedures.add(ProcedureCode.parse(d.code()));
                }
                if (d.duration() != null && !invalidPaths.contains(p + ".duration")) {
                    duration(source, p, d);
                }
                if (!invalidPaths.contains(p + ".validFrom") && !invalidPaths.contains(p + ".validTo")) {
                    validity(source, p, d.validFrom(), d.validTo());
                }
            } else if (ps.get(i) != null) {
                convert(source, p, ps.get(i)).ifPresent(proc -> {
                    String first = procedureAt.putIfAbsent(proc.code(), source + ": " + p);
                    if (first != null) {
                        problems.add(CatalogueProblem.at(source, p + ".code", "catalogue.duplicate-procedure",
                                LocalizedText.of("Mã thủ tục %s bị trùng (đã có ở %s)",
                                        "Duplicate procedure code %s (first at %s)").formatted(proc.code(), first)));
                    } else {
                        procedures.add(proc);
                    }
                });
            }
        }
        List<OfferDoc> os = doc.offers() == null ? List.of() : doc.offers();
        for (int i = 0; i < os.size(); i++) {
            String p = "offers[" + i + "]";
            if (os.get(i) != null && !touched(invalidPaths, p)) {
                convert(source, p, os.get(i)).ifPresent(o -> {
                    String key = o.procedure() + "@" + o.agency();
                    String first = offerAt.putIfAbsent(key, source + ": " + p);
                    if (first != null) {
                        problems.add(CatalogueProblem.at(source, p, "catalogue.duplicate-offer", LocalizedText.of(
                                "Cơ quan %s có hai dịch vụ cho thủ tục %s (đã có ở %s)",
                                "Agency %s has two offers for procedure %s (first at %s)")
                                .formatted(o.agency(), o.procedure(), first)));
                    } else {
                        pending.add(new PendingOffer(source, p, o));
                    }
                });
            }
        }
        sortFrom(firstProblem);
    }

    /**
     * Finishes: checks offers against the procedures of every document.
     *
     * @return the problems (empty when the catalogue is sound)
     */
    public List<CatalogueProblem> finish() {
        for (PendingOffer po : pending) {
            if (invalidProcedures.contains(po.offer().procedure()) && !procedureAt.containsKey(po.offer().procedure())) {
                continue;
            }
            if (!procedureAt.containsKey(po.offer().procedure())) {
                problems.add(CatalogueProblem.at(po.source(), po.path() + ".procedure", "catalogue.unknown-procedure",
                        LocalizedText.of("Dịch vụ cho thủ tục %s không có trong danh mục",
                                "Offer for procedure %s, which is not in the catalogue").formatted(po.offer().procedure())));
            } else {
                offers.add(po.offer());
            }
        }
        pending.clear();
        return List.copyOf(problems);
    }

    /**
     * The catalogue, after {@link #finish()} found no problem.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return Catalogue.of(procedures, offers, label, sample);
    }

    /** Keeps one document's problems in path order (the validator's order is unspecified). */
    private void sortFrom(int from) {
        List<CatalogueProblem> tail = new ArrayList<>(problems.subList(from, problems.size()));
        tail.sort((a, b) -> comparePaths(a.path(), b.path()));
        for (int i = 0; i < tail.size(); i++) {
            problems.set(from + i, tail.get(i));
        }
    }

    private static int comparePaths(String a, String b) {
        String[] x = a.split("[.\\[\\]]+");
        String[] y = b.split("[.\\[\\]]+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static boolean touched(Set<String> invalid, String prefix) {
        for (String p : invalid) {
            if (p.equals(prefix) || p.startsWith(prefix + ".") || p.startsWith(prefix + "[")) {
                return true;
            }
        }
        return false;
    }

    private ProcessingPeriod duration(String source, String p, ProcedureDoc d) {
        try {
            ProcessingPeriod duration = ProcessingPeriod.parse(d.duration());
            if (duration.isWorkingTime() ? duration.working().isZero() : duration.calendarDays() == 0) {
                problems.add(CatalogueProblem.at(source, p + ".duration", "catalogue.invalid-duration", LocalizedText.of(
                        "Thời hạn giải quyết \"%s\" phải lớn hơn 0", "Processing time \"%s\" must be longer than zero")
                        .formatted(d.duration())));
                return null;
            }
            return duration;
        } catch (CalendarException e) {
            problems.add(CatalogueProblem.at(source, p + ".duration", "catalogue.invalid-duration", LocalizedText.of(
                    "Thời hạn giải quyết không hợp lệ: " + e.text().vi() + " (ví dụ 5d, 4h, 30cd)",
                    "Invalid processing time: " + e.text().en() + " (e.g. 5d, 4h, 30cd)")));
            return null;
        }
    }

    private Optional<Procedure> convert(String source, String p, ProcedureDoc d) {
        int before = problems.size();
        ProcessingPeriod duration = duration(source, p, d);
        Validity validity = validity(source, p, d.validFrom(), d.validTo());
        List<FeeItem> fees = new ArrayList<>();
        List<FeeDoc> feeDocs = d.fees() == null ? List.of() : d.fees();
        Set<String> feeCodes = new HashSet<>();
        for (int j = 0; j < feeDocs.size(); j++) {
            String fp = p + ".fees[" + j + "]";
            FeeDoc f = feeDocs.get(j);
            if (!feeCodes.add(f.code())) {
                problems.add(dup(source, fp + ".code", "fee", f.code()));
                continue;
            }
            fee(source, fp, f).ifPresent(fees::add);
        }
        List<DocumentRequirement> docs = new ArrayList<>();
        List<DocumentDoc> docDocs = d.documents() == null ? List.of() : d.documents();
        Set<String> docCodes = new HashSet<>();
        for (int j = 0; j < docDocs.size(); j++) {
            DocumentDoc x = docDocs.get(j);
            String dp = p + ".documents[" + j + "]";
            if (!docCodes.add(x.code())) {
                problems.add(dup(source, dp + ".code", "document", x.code()));
                continue;
            }
            if (x.alternativeGroup() != null && x.alternativeGroup().isBlank()) {
                problems.add(CatalogueProblem.at(source, dp + ".alternativeGroup", "catalogue.constraint.NotBlank",
                        LocalizedText.of("Nhóm thay thế không được để trống", "An alternative group must not be blank")));
                continue;
            }
            docs.add(new DocumentRequirement(x.code(), text(x.name()), !Boolean.FALSE.equals(x.required()),
                    x.copies() == null ? 1 : x.copies(), Optional.ofNullable(x.alternativeGroup()),
                    Boolean.TRUE.equals(x.eSignatureRequired()), Boolean.TRUE.equals(x.fromDigitalStore())));
        }
        Set<Integration> integrations = EnumSet.noneOf(Integration.class);
        if (d.integrations() != null) {
            for (int j = 0; j < d.integrations().size(); j++) {
                named(source, p + ".integrations[" + j + "]", Integration.class, d.integrations().get(j))
                        .ifPresent(integrations::add);
            }
        }
        if (problems.size() != before || duration == null || validity == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Procedure(ProcedureCode.parse(d.code()), text(d.name()),
                    new Sector(d.sector().code(), text(d.sector().name())),
                    CompetentLevel.fromWire(d.competentLevel()).orElseThrow(), duration, fees, docs,
                    new ResultKind(d.result().paperRequired(), d.result().electronic()),
                    Boolean.TRUE.equals(d.presenceRequired()), Boolean.TRUE.equals(d.onSiteVerificationRequired()),
                    integrations, d.legalBasis() == null ? "" : d.legalBasis(), validity));
        } catch (dev.dvc4j.core.Dvc4jException e) {
            problems.add(CatalogueProblem.at(source, p, e.code(), e.text()));
            return Optional.empty();
        }
    }

    private Optional<FeeItem> fee(String source, String fp, FeeDoc f) {
        int before = problems.size();
        List<FeeRate> rates = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int k = 0; k < f.rates().size(); k++) {
            RateDoc r = f.rates().get(k);
            String rp = fp + ".rates[" + k + "]";
            Validity v = validity(source, rp, r.validFrom(), r.validTo());
            if (v != null) {
                rates.add(new FeeRate(v, Vnd.of(r.amount()), Optional.ofNullable(r.onlineAmount()).map(Vnd::of),
                        r.legalBasis()));
                indexes.add(k);
            }
        }
        for (int a = 0; a < rates.size(); a++) {
            for (int b = a + 1; b < rates.size(); b++) {
                if (rates.get(a).validity().overlaps(rates.get(b).validity())) {
                    problems.add(CatalogueProblem.at(source, fp + ".rates[" + indexes.get(b) + "]",
                            "catalogue.overlapping-rates", LocalizedText.of(
                                    "Mức thu trùng thời gian với rates[%d] (%s và %s)",
                                    "Rate in force at the same time as rates[%d] (%s and %s)")
                                    .formatted(indexes.get(a), rates.get(a).validity(), rates.get(b).validity())));
                }
            }
        }
        List<FeeExemption> exemptions = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        List<ExemptionDoc> exDocs = f.exemptions() == null ? List.of() : f.exemptions();
        for (int k = 0; k < exDocs.size(); k++) {
            ExemptionDoc e = exDocs.get(k);
            if (!categories.add(e.category())) {
                problems.add(dup(source, fp + ".exemptions[" + k + "].category", "exemption category", e.category()));
                continue;
            }
            exemptions.add(new FeeExemption(e.category(), e.percent(), text(e.description()), e.legalBasis()));
        }
        Optional<FeeCollection> collection = named(source, fp + ".collectedAt", FeeCollection.class, f.collectedAt());
        Optional<FeeKind> kind = named(source, fp + ".kind", FeeKind.class, f.kind());
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new FeeItem(f.code(), text(f.name()), kind.orElseThrow(), collection.orElseThrow(), rates,
                exemptions));
    }

    private Optional<ServiceOffer> convert(String source, String p, OfferDoc d) {
        Set<ServiceCapability> caps = EnumSet.noneOf(ServiceCapability.class);
        boolean ok = true;
        for (int i = 0; i < d.capabilities().size(); i++) {
            String c = d.capabilities().get(i);
            Optional<ServiceCapability> cap = ServiceCapability.fromWire(c);
            if (cap.isEmpty()) {
                ok = false;
                problems.add(CatalogueProblem.at(source, p + ".capabilities[" + i + "]", "catalogue.unknown-capability",
                        LocalizedText.of("Khả năng \"%s\" không tồn tại (có: %s)", "Unknown capability \"%s\" (known: %s)")
                                .formatted(c, Labelled.acceptedNames(ServiceCapability.class))));
            } else {
                caps.add(cap.get());
            }
        }
        return ok ? Optional.of(new ServiceOffer(ProcedureCode.parse(d.procedure()), AgencyCode.parse(d.agency()), caps))
                : Optional.empty();
    }

    /**
     * A labelled value by its wire name (the old snake_case spelling read too, logged as deprecated), or a problem at
     * its path listing the accepted names.
     */
    private <E extends Enum<E> & Labelled> Optional<E> named(String source, String path, Class<E> type, String text) {
        Optional<E> value = Labelled.find(type, text);
        if (value.isEmpty()) {
            problems.add(CatalogueProblem.at(source, path, "catalogue.unknown-name", LocalizedText.of(
                    "Giá trị \"%s\" không hợp lệ (có: %s)", "Unknown value \"%s\" (known: %s)")
                    .formatted(text, Labelled.acceptedNames(type))));
        }
        return value;
    }

    private Validity validity(String source, String p, String from, String to) {
        try {
            LocalDate f = from == null ? LocalDate.MIN : LocalDate.parse(from);
            Optional<LocalDate> t = to == null ? Optional.empty() : Optional.of(LocalDate.parse(to));
            if (t.isPresent() && t.get().isBefore(f)) {
                problems.add(CatalogueProblem.at(source, p + ".validTo", "catalogue.reversed-validity", LocalizedText.of(
                        "Ngày hết hiệu lực %s trước ngày bắt đầu %s", "validTo %s is before validFrom %s")
                        .formatted(to, from)));
                return null;
            }
            return new Validity(f, t);
        } catch (DateTimeParseException e) {
            problems.add(CatalogueProblem.at(source, p + (e.getParsedString().equals(from) ? ".validFrom" : ".validTo"),
                    "catalogue.invalid-date", LocalizedText.of("Ngày \"%s\" không tồn tại", "No such date \"%s\"")
                            .formatted(e.getParsedString())));
            return null;
        } catch (ProcedureException e) {
            problems.add(CatalogueProblem.at(source, p, e.code(), e.text()));
            return null;
        }
    }

    private static CatalogueProblem dup(String source, String path, String what, String code) {
        return CatalogueProblem.at(source, path, "catalogue.duplicate-" + what.replace(' ', '-'), LocalizedText.of(
                "Mã \"%s\" bị trùng", "Duplicate " + what + " code \"%s\"").formatted(code));
    }

    private static LocalizedText text(TextDoc t) {
        return LocalizedText.of(t.vi(), t.en());
    }

    private static String kind(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    static LocalizedText message(ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        Object value = v.getInvalidValue();
        switch (a.annotationType().getSimpleName()) {
            case "NotNull":
                return LocalizedText.of("Bắt buộc phải có", "Required");
            case "NotBlank":
                return LocalizedText.of("Không được để trống", "Must not be blank");
            case "NotEmpty":
                return LocalizedText.of("Không được rỗng", "Must not be empty");
            case "Pattern":
                return LocalizedText.of("Giá trị \"%s\" không đúng dạng %s", "Value \"%s\" does not match %s")
                        .formatted(value, attrs.get("regexp"));
            case "PositiveOrZero":
                return LocalizedText.of("Phải lớn hơn hoặc bằng 0 (đang là %s)", "Must be zero or more (got %s)")
                        .formatted(value);
            case "Min":
                return LocalizedText.of("Phải ít nhất là %s (đang là %s)", "Must be at least %s (got %s)")
                        .formatted(attrs.get("value"), value);
            case "Max":
                return LocalizedText.of("Phải nhiều nhất là %s (đang là %s)", "Must be at most %s (got %s)")
                        .formatted(attrs.get("value"), value);
            default:
                return LocalizedText.of(v.getMessage(), v.getMessage());
        }
    }

    /** The JSON path of a validation property path: {@code procedures[2].duration}. */
    static String path(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                sb.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(n.getName());
            }
        }
        return sb.toString();
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String path(JsonStreamContext ctx) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                sb.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(c.getCurrentName());
            }
        }
        return sb.toString();
    }

    private static CatalogueProblem located(String source, String path, JsonLocation loc, String code, LocalizedText t) {
        if (loc == null || loc.getLineNr() < 0) {
            return CatalogueProblem.at(source, path, code, t);
        }
        return new CatalogueProblem(source, path, OptionalInt.of(loc.getLineNr()), OptionalInt.of(loc.getColumnNr()), code, t);
    }

    /** Records shape problems and lets binding continue, so one document reports all of them. */
    private final class Collector extends DeserializationProblemHandler {
        private final String source;
        private final Set<String> paths;

        Collector(String source, Set<String> paths) {
            this.source = source;
            this.paths = paths;
        }

        private void add(JsonParser p, String path, String code, LocalizedText t) {
            paths.add(path);
            problems.add(located(source, path, p.currentTokenLocation(), code, t));
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            String path = path(p.getParsingContext());
            if (!path.endsWith(propertyName)) {
                path = path.isEmpty() ? propertyName : path + "." + propertyName;
            }
            add(p, path, "catalogue.unknown-property", InputTexts.unknownProperty(propertyName));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            add(p, path(p.getParsingContext()), "catalogue.wrong-type",
                    InputTexts.invalidValue(valueToConvert, InputTexts.JsonType.of(targetType)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            add(p, path(p.getParsingContext()), "catalogue.wrong-type",
                    InputTexts.invalidValue(String.valueOf(valueToConvert), InputTexts.JsonType.of(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            return skip(p, targetType.getRawClass(), t);
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsts, JsonParser p, String msg)
                throws IOException {
            return skip(p, instClass, p.currentToken());
        }

        private Object skip(JsonParser p, Class<?> target, JsonToken t) throws IOException {
            String path = path(p.getParsingContext());
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                path = path(p.getParsingContext().getParent() == null ? p.getParsingContext()
                        : p.getParsingContext().getParent());
            }
            add(p, path, "catalogue.wrong-type", InputTexts.wrongType(InputTexts.JsonType.of(target), JsonProblems.found(t)));
            p.skipChildren();
            return null;
        }
    }
}
