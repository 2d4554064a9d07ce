package dev.dvc4j.postal.internal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.postal.BeneficiaryCategory;
import dev.dvc4j.postal.Funding;
import dev.dvc4j.postal.InvalidWeightException;
import dev.dvc4j.postal.NoTariffException;
import dev.dvc4j.postal.OverlappingTariffsException;
import dev.dvc4j.postal.Payer;
import dev.dvc4j.postal.PostalException;
import dev.dvc4j.postal.PostalLeg;
import dev.dvc4j.postal.PostalQuote;
import dev.dvc4j.postal.PostalQuote.Line;
import dev.dvc4j.postal.PostalQuote.LineKind;
import dev.dvc4j.postal.PostalQuoteRequest;
import dev.dvc4j.postal.PostalSubsidy;
import dev.dvc4j.postal.PostalTariff;
import dev.dvc4j.postal.TariffFormatException;
import dev.dvc4j.postal.UnknownCategoryException;
import dev.dvc4j.postal.UnknownZoneException;
import dev.dvc4j.postal.VatTreatment;
import dev.dvc4j.postal.ZoneResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The immutable quoting engine behind {@code PostalCalculator}. Not part of the API. */
public final class QuoteEngine {

    private final CompiledTariff[] tariffs;
    private final CompiledSubsidy[] subsidies;
    private final Map<String, CompiledCategory> categories;
    private final Map<String, ZoneResolver> resolvers;
    private final boolean strictScope;

    /**
     * Compiles and checks everything.
     *
     * @param tariffs tariffs with their priorities
     * @param subsidies subsidies
     * @param categories categories by code
     * @param resolvers zone resolvers by key
     * @param strictScope whether a request no tariff's declared scope covers is refused rather than priced by a
     *                    tariff of another province and flagged
     * @throws OverlappingTariffsException if two tariffs of one priority cover the same region on a common day
     * @throws TariffFormatException if ids repeat or a tariff names a resolver that is missing
     */
    public QuoteEngine(List<Map.Entry<PostalTariff, Integer>> tariffs, List<PostalSubsidy> subsidies,
                       Map<String, BeneficiaryCategory> categories, Map<String, ZoneResolver> resolvers,
                       boolean strictScope) {
        this.strictScope = strictScope;
        this.resolvers = Map.copyOf(resolvers);
        List<CompiledTariff> ts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<PostalTariff, Integer> e : tariffs) {
            PostalTariff t = e.getKey();
            if (!ids.add(t.id())) {
                throw TariffFormatException.of("Hai biểu giá cùng mã \"%s\"", "Two tariffs share the id \"%s\"", t.id());
            }
            if (!this.resolvers.containsKey(t.zoneResolver())) {
                throw TariffFormatException.of("Biểu giá \"%s\" cần bộ xác định vùng \"%s\" nhưng chưa có (hiện có: %s)",
                        "Tariff \"%s\" needs the zone resolver \"%s\", which is not installed (available: %s)",
                        t.id(), t.zoneResolver(), new TreeSet<>(this.resolvers.keySet()));
            }
            ts.add(new CompiledTariff(t, e.getValue()));
        }
        for (int i = 0; i < ts.size(); i++) {
            CompiledTariff a = ts.get(i);
            for (int j = i + 1; j < ts.size(); j++) {
                CompiledTariff b = ts.get(j);
                if (a.priority == b.priority && a.overlaps(b)) {
                    throw new OverlappingTariffsException(a.tariff.id(), b.tariff.id(), a.priority, a.commonRegion(b));
                }
            }
        }
        ts.sort(Comparator.comparingInt((CompiledTariff t) -> -t.priority)
                .thenComparing(t -> !t.provincial)
                .thenComparing(t -> t.validFrom, Comparator.reverseOrder()));
        this.tariffs = ts.toArray(new CompiledTariff[0]);
        Set<String> subsidyIds = new HashSet<>();
        List<CompiledSubsidy> ss = new ArrayList<>();
        for (PostalSubsidy s : subsidies) {
            if (!subsidyIds.add(s.id())) {
                throw TariffFormatException.of("Hai khoản hỗ trợ cùng mã \"%s\"", "Two subsidies share the id \"%s\"", s.id());
            }
            ss.add(new CompiledSubsidy(s));
        }
        ss.sort(Comparator.comparingInt((CompiledSubsidy s) -> s.subsidy.kind().ordinal()).thenComparing(s -> s.subsidy.id()));
        this.subsidies = ss.toArray(new CompiledSubsidy[0]);
        Map<String, CompiledCategory> cs = new HashMap<>();
        categories.forEach((code, c) -> cs.put(c.code(), new CompiledCategory(c)));
        this.categories = cs;
    }

    /**
     * The same engine with another scope rule (nothing is recompiled).
     *
     * @param strict whether out-of-scope requests are refused
     * @return the engine
     */
    public QuoteEngine withStrictScope(boolean strict) {
        return strict == strictScope ? this : new QuoteEngine(this, strict);
    }

    private QuoteEngine(QuoteEngine o, boolean strict) {
        this.tariffs = o.tariffs;
        this.subsidies = o.subsidies;
        this.categories = o.categories;
        this.resolvers = o.resolvers;
        this.strictScope = strict;
    }

    /** @return whether out-of-scope requests are refused */
    public boolean strictScope() {
        return strictScope;
    }

    /**
     * The tariff chosen for a day and province, and why its declared scope does not cover them, if it does not.
     *
     * @param tariff the compiled tariff
     * @param outOfScope the reason, or {@code null} when in scope
     */
    public record Selection(CompiledTariff tariff, LocalizedText outOfScope) {
    }

    /**
     * The tariff in force.
     *
     * @param date the day
     * @param province the province, or {@code null}
     * @return the compiled tariff
     * @throws NoTariffException if none is in force on the day, or none covers the province with strict scope
     */
    public CompiledTariff select(LocalDate date, String province) {
        return selection(date, province).tariff();
    }

    /**
     * The tariff for a day and province: the first in the trying order whose scope (days in force and provinces)
     * covers both. When none covers the province, the default tariff prices the request (the one of the lowest
     * priority in force on the day, first in the trying order among equals: the bundled table unless a host replaced
     * it) and the selection says why it is out of scope, unless the scope is strict. Days are never widened: a table is not
     * applied before its first day or after its last.
     *
     * @param date the day
     * @param province the province, or {@code null}
     * @return the selection
     * @throws NoTariffException if none is in force on the day, or none covers the province with strict scope
     */
    public Selection selection(LocalDate date, String province) {
        CompiledTariff fallback = null;
        for (CompiledTariff t : tariffs) {
            if (t.inForce(date)) {
                if (t.appliesTo(province)) {
                    return new Selection(t, null);
                }
                if (fallback == null || t.priority < fallback.priority) {
                    fallback = t; // the default: the lowest priority in force (the bundled table, unless replaced)
                }
            }
        }
        if (fallback == null) {
            throw new NoTariffException(date, province, describe(tariffs()));
        }
        LocalizedText why = outOfScopeMemo(fallback, province, date);
        if (strictScope) {
            throw new NoTariffException(date, province, describe(tariffs()), why);
        }
        return new Selection(fallback, why);
    }

    /** Why a tariff does not cover a province on a day, by tariff id, province and day: see {@link #outOfScopeMemo}. */
    private final java.util.concurrent.ConcurrentHashMap<String, LocalizedText> outOfScope =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The explanation of an out-of-scope quote, built once per tariff, province and day rather than per quote: it names
     * provinces as they were called that day, which takes a province lookup per code and two concatenated texts. At
     * most 4,096 are kept; the memo is emptied when full.
     */
    private LocalizedText outOfScopeMemo(CompiledTariff t, String province, LocalDate date) {
        String key = t.tariff.id() + '|' + province + '|' + date;
        LocalizedText why = outOfScope.get(key);
        if (why == null) {
            if (outOfScope.size() >= 4_096) {
                outOfScope.clear();
            }
            why = outOfScope(t.tariff, province, date);
            outOfScope.put(key, why);
        }
        return why;
    }

    private static LocalizedText outOfScope(PostalTariff t, String province, LocalDate date) {
        String where = provinces(t.provinces(), date);
        if (province == null) {
            return LocalizedText.of(
                    "yêu cầu không nêu tỉnh, còn biểu giá \"" + t.id() + "\" chỉ áp dụng cho " + where,
                    "the request names no province, and tariff \"" + t.id() + "\" applies only in " + where);
        }
        return LocalizedText.of(
                "biểu giá \"" + t.id() + "\" áp dụng cho " + where + ", không phải " + provinces(List.of(province), date)
                        + "; giá có thể khác với giá thực tế tại đó",
                "tariff \"" + t.id() + "\" applies in " + where + ", not in " + provinces(List.of(province), date)
                        + "; the price may differ from the one charged there");
    }

    private static String provinces(List<String> codes, LocalDate date) {
        List<String> names = new ArrayList<>();
        for (String c : codes) {
            names.add(dev.dvc4j.core.id.Provinces.bundled().find(c, date).map(p -> p.name() + " (" + c + ")").orElse(c));
        }
        return String.join(", ", names);
    }

    private static List<String> describe(List<PostalTariff> all) {
        List<String> out = new ArrayList<>();
        for (PostalTariff t : all) {
            out.add(t.id() + " [" + (t.provinces().isEmpty() ? "*" : String.join(",", t.provinces())) + "; "
                    + t.validFrom() + ".." + (t.validTo() == null ? "" : t.validTo()) + "]");
        }
        return out;
    }

    /**
     * Every tariff, in the order they are tried.
     *
     * @return the tariffs
     */
    public List<PostalTariff> tariffs() {
        List<PostalTariff> out = new ArrayList<>(tariffs.length);
        for (CompiledTariff t : tariffs) {
            out.add(t.tariff);
        }
        return List.copyOf(out);
    }

    /**
     * Every subsidy in the order they apply.
     *
     * @return the subsidies
     */
    public List<PostalSubsidy> subsidies() {
        List<PostalSubsidy> out = new ArrayList<>(subsidies.length);
        for (CompiledSubsidy s : subsidies) {
            out.add(s.subsidy);
        }
        return List.copyOf(out);
    }

    /**
     * Every zone resolver by key.
     *
     * @return the resolvers
     */
    public Map<String, ZoneResolver> zoneResolvers() {
        Map<String, ZoneResolver> out = new LinkedHashMap<>();
        new TreeSet<>(resolvers.keySet()).forEach(k -> out.put(k, resolvers.get(k)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Every beneficiary category, by code.
     *
     * @return the categories
     */
    public Map<String, BeneficiaryCategory> categories() {
        Map<String, BeneficiaryCategory> out = new LinkedHashMap<>();
        new TreeSet<>(categories.keySet()).forEach(k -> out.put(k, categories.get(k).category));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Quotes a request.
     *
     * @param r the request
     * @return the quote
     */
    public PostalQuote quote(PostalQuoteRequest r) {
        LocalDate date = r.date();
        String province = r.province();
        Selection selection = selection(date, province);
        CompiledTariff t = selection.tariff();
        String zone = r.zone();
        if (zone == null) {
            zone = resolvers.get(t.tariff.zoneResolver()).zoneOf(r.applicant(), r.agency());
        }
        Integer zi = t.zoneIndex.get(zone);
        if (zi == null) {
            throw new UnknownZoneException(zone, t.tariff.id(), t.zoneCodes);
        }
        int z = zi;
        int grams = r.weightGrams();
        if (grams > t.maxWeight) {
            throw new InvalidWeightException(grams, t.maxWeight);
        }
        CompiledCategory cat = null;
        if (r.category() != null) {
            cat = categories.get(r.category());
            if (cat == null || !cat.category.inForceOn(date)) {
                throw new UnknownCategoryException(r.category(), new TreeSet<>(categories.keySet()));
            }
        }
        String commune = r.commune();
        Line[] lines = new Line[2 * (3 + subsidies.length) + 2 * r.addOns().size()];
        int n = 0;
        long total = 0;
        long applicant = 0;
        long budget = 0;
        boolean vatAdded = t.tariff.vat() == VatTreatment.EXCLUDED;
        for (PostalLeg leg : r.legs()) {
            int l = leg.ordinal();
            Vnd postageVnd = t.postageVnd(l, z, grams);
            long postage = postageVnd.dong();
            lines[n++] = new Line(LineKind.POSTAGE, leg, zone, t.postageLabel[l][z], postageVnd, postageVnd, Vnd.ZERO, false);
            long share = postage;
            if (vatAdded) {
                long v = t.vat.of(postage);
                Vnd vv = Vnd.of(v);
                lines[n++] = new Line(LineKind.VAT, leg, "vat", t.vatLabel, vv, vv, Vnd.ZERO, true);
                share += v;
            }
            total += share;
            applicant += share;
            if (cat != null) {
                long d = cat.percent.of(share);
                if (d > 0) {
                    lines[n++] = reduction(cat.category.fundedBy(), leg, cat.category.code(), cat.label, d, true);
                    share -= d;
                    applicant -= d;
                    if (cat.category.fundedBy() == Funding.PROVIDER) {
                        total -= d;
                    } else {
                        budget += d;
                    }
                }
            }
            for (CompiledSubsidy s : subsidies) {
                if (share == 0 || !s.matches(date, province, commune, leg, zone, grams)) {
                    continue;
                }
                long d = s.reduction(zone, share);
                if (d > 0) {
                    lines[n++] = reduction(s.subsidy.fundedBy(), leg, s.subsidy.id(), s.subsidy.name(), d, s.percent != null);
                    share -= d;
                    applicant -= d;
                    if (s.subsidy.fundedBy() == Funding.PROVIDER) {
                        total -= d;
                    } else {
                        budget += d;
                    }
                }
            }
        }
        for (PostalQuoteRequest.AddOnUse use : r.addOns()) {
            PostalTariff.AddOn a = t.addOns.get(use.code());
            if (a == null) {
                throw new PostalException("postal.unknown-add-on", LocalizedText.of(
                        "Biểu giá \"%s\" không có dịch vụ cộng thêm \"%s\" (hiện có: %s)",
                        "Tariff \"%s\" offers no add-on \"%s\" (available: %s)")
                        .formatted(t.tariff.id(), use.code(), new TreeSet<>(t.addOns.keySet())));
            }
            long times = (long) use.count() * (a.per() == PostalTariff.Per.LEG ? r.legs().size() : 1);
            long amount = Math.multiplyExact(a.amount().dong(), times);
            boolean byBudget = use.payer() == Payer.BUDGET;
            Vnd av = Vnd.of(amount);
            lines[n++] = new Line(LineKind.ADD_ON, null, a.code(), a.name(), av, byBudget ? Vnd.ZERO : av, byBudget ? av : Vnd.ZERO, false);
            total += amount;
            if (byBudget) {
                budget += amount;
            } else {
                applicant += amount;
            }
            if (vatAdded) {
                long v = t.vat.of(amount);
                Vnd vv = Vnd.of(v);
                lines[n++] = new Line(LineKind.VAT, null, "vat", t.vatLabel, vv, byBudget ? Vnd.ZERO : vv, byBudget ? vv : Vnd.ZERO, true);
                total += v;
                if (byBudget) {
                    budget += v;
                } else {
                    applicant += v;
                }
            }
        }
        return new PostalQuote(t.tariff.id(), t.tariff.name(), t.sourceText, t.tariff.vat(), r.legs(), zone, t.zoneNames[z],
                grams, date, r.category(), immutable(lines, n), Vnd.of(total), Vnd.of(applicant), Vnd.of(budget),
                selection.outOfScope());
    }

    /** An immutable list without a second copy ({@code List.copyOf} in the quote then keeps it as it is). */
    private static List<Line> immutable(Line[] a, int n) {
        switch (n) {
            case 1: return List.of(a[0]);
            case 2: return List.of(a[0], a[1]);
            case 3: return List.of(a[0], a[1], a[2]);
            case 4: return List.of(a[0], a[1], a[2], a[3]);
            case 5: return List.of(a[0], a[1], a[2], a[3], a[4]);
            case 6: return List.of(a[0], a[1], a[2], a[3], a[4], a[5]);
            default: return List.of(java.util.Arrays.copyOf(a, n));
        }
    }

    private static Line reduction(Funding funding, PostalLeg leg, String code, LocalizedText label, long d, boolean rounded) {
        Vnd minus = Vnd.of(-d);
        return funding == Funding.PROVIDER
                ? new Line(LineKind.DISCOUNT, leg, code, label, minus, minus, Vnd.ZERO, rounded)
                : new Line(LineKind.SUBSIDY, leg, code, label, Vnd.ZERO, minus, Vnd.of(d), rounded);
    }

    /** A category with its percentage and label. */
    static final class CompiledCategory {
        final BeneficiaryCategory category;
        final Percent percent;
        final LocalizedText label;

        CompiledCategory(BeneficiaryCategory c) {
            this.category = c;
            this.percent = new Percent(c.discountPercent());
            this.label = percent.full()
                    ? LocalizedText.of("Miễn cước cho đối tượng: " + c.name().vi(), "Exemption (100%) for: " + c.name().en())
                    : LocalizedText.of("Giảm " + percent.text() + "% cước cho đối tượng: " + c.name().vi(),
                            percent.text() + "% discount for: " + c.name().en());
        }
    }

    /** A subsidy with fast matching. */
    static final class CompiledSubsidy {
        final PostalSubsidy subsidy;
        final Set<String> provinces;
        final Set<String> communes;
        final Set<String> zones;
        final Map<String, Long> limits;
        final Percent percent;
        final int maxWeight;

        CompiledSubsidy(PostalSubsidy s) {
            this.subsidy = s;
            this.provinces = new HashSet<>(s.provinces());
            this.communes = new HashSet<>(s.communes());
            Map<String, Long> l = new HashMap<>();
            if (s.limits() != null) {
                s.limits().forEach((k, v) -> l.put(k, v.dong()));
            }
            this.limits = l;
            this.zones = s.limits() != null ? new HashSet<>(s.limits().keySet()) : new HashSet<>(s.zones());
            this.percent = s.percentOff() == null ? null : new Percent(s.percentOff());
            this.maxWeight = s.maxWeightGrams() == null ? Integer.MAX_VALUE : s.maxWeightGrams();
        }

        boolean matches(LocalDate date, String province, String commune, PostalLeg leg, String zone, int grams) {
            return subsidy.inForceOn(date)
                    && grams <= maxWeight
                    && subsidy.legs().contains(leg)
                    && (zones.isEmpty() || zones.contains(zone))
                    && (provinces.isEmpty() || (province != null && provinces.contains(province)))
                    && (communes.isEmpty() || (commune != null && communes.contains(commune)));
        }

        long reduction(String zone, long share) {
            if (percent != null) {
                return percent.of(share);
            }
            long limit = limits.get(zone);
            return Math.max(0, share - limit);
        }
    }
}
