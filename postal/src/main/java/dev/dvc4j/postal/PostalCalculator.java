package dev.dvc4j.postal;

import dev.dvc4j.core.Dvc4j;
import dev.dvc4j.core.spi.Dvc4jModule;
import dev.dvc4j.core.spi.Extensions;
import dev.dvc4j.postal.internal.BundledData;
import dev.dvc4j.postal.internal.QuoteEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quotes public postal (BCCI) services: picks the tariff in force, resolves the zone, prices each leg and add-on, and
 * applies the beneficiary category, temporary discounts and caps (in that order; see {@link PostalQuote}).
 * Immutable and thread-safe: build one and share it.
 *
 * <p><b>Choosing the tariff.</b> Among the tariffs in force on the date that apply to the request's province
 * (nationwide tariffs apply everywhere), the one with the highest priority wins; between equal priorities a
 * provincial tariff beats a nationwide one. Two tariffs of the same priority that both cover a province (or are both
 * nationwide) on a common day are refused when the calculator is built ({@link OverlappingTariffsException}). From a
 * {@link Dvc4j} runtime a tariff's priority is that of the module that contributed it, so a province's module
 * ({@link Dvc4jModule#PRIORITY_VENDOR}) overrides the bundled default ({@link Dvc4jModule#PRIORITY_BUNDLED}).
 *
 * <p><b>Scope.</b> Every tariff declares its scope: the provinces whose prices it states ({@link PostalTariff#provinces()},
 * empty for nationwide) and the days it is in force. The bundled table is VNPost's published in Đà Nẵng, so its scope
 * is Đà Nẵng (48). When no tariff's scope covers a request's province (or the request names none), the calculator
 * still prices it with the default tariff (the one of the lowest priority in force on the day: the bundled table,
 * unless a host replaced it) and says so: {@link PostalQuote#outOfScope()} and the
 * first lines of {@link PostalQuote#explanation()} name the tariff's provinces and the request's. A host that must not
 * quote another province's prices asks for {@link #withStrictScope() strict scope}, and such a request then fails with
 * {@link NoTariffException}. Days are always strict: no table prices a day before its first day or after its last.
 *
 * <pre>{@code
 * PostalCalculator postal = PostalCalculator.from(dvc4j);
 * PostalQuote q = postal.quote(PostalQuoteRequest.of(PostalLeg.BOTH, "intra-district", 250, LocalDate.of(2026, 3, 2)));
 * q.total();                       // 53,000 VND with the bundled table
 * q.describe(Locale.forLanguageTag("vi"));
 * }</pre>
 */
public final class PostalCalculator {

    private final QuoteEngine engine;

    private PostalCalculator(QuoteEngine engine) {
        this.engine = engine;
    }

    /**
     * A calculator over what is in force in a runtime: every {@link PostalPoints#TARIFFS tariff} (the bundled one at
     * {@link Dvc4jModule#PRIORITY_BUNDLED}, each contributed one at its module's priority),
     * {@link PostalPoints#SUBSIDIES subsidy}, {@link PostalPoints#CATEGORIES category} and
     * {@link PostalPoints#ZONE_RESOLVERS zone resolver}.
     *
     * @param dvc4j the runtime
     * @return the calculator
     * @throws OverlappingTariffsException if two tariffs of one priority overlap
     * @throws TariffFormatException if a tariff names a zone resolver nobody installed
     */
    public static PostalCalculator from(Extensions dvc4j) {
        Objects.requireNonNull(dvc4j, "dvc4j");
        Builder b = builder();
        dvc4j.all(PostalPoints.TARIFFS).forEach((key, t) -> b.tariff(t, dvc4j instanceof Dvc4j rt
                ? rt.provenance(PostalPoints.TARIFFS, key).map(Dvc4j.Provenance::priority).orElse(Dvc4jModule.PRIORITY_BUNDLED)
                : Dvc4jModule.PRIORITY_VENDOR));
        dvc4j.all(PostalPoints.SUBSIDIES).values().forEach(b::subsidy);
        dvc4j.all(PostalPoints.CATEGORIES).values().forEach(b::category);
        dvc4j.all(PostalPoints.ZONE_RESOLVERS).forEach(b::zoneResolver);
        return b.build();
    }

    /**
     * A calculator over the bundled defaults only: the VNPost table, the categories and the standard resolver.
     *
     * @return the calculator
     */
    public static PostalCalculator bundled() {
        return builder().withBundledDefaults().build();
    }

    /**
     * Starts a calculator.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Quotes a request.
     *
     * @param request the request
     * @return the quote
     * @throws NoTariffException if no tariff is in force for the date and province
     * @throws UnknownZoneException if the tariff does not price the zone
     * @throws InvalidWeightException if the weight is above the tariff's maximum
     * @throws UnknownCategoryException if the category is unknown or not in force
     * @throws PostalException for an add-on the tariff does not offer, or addresses the resolver cannot place
     */
    public PostalQuote quote(PostalQuoteRequest request) {
        return engine.quote(Objects.requireNonNull(request, "request"));
    }

    /**
     * The same calculator, refusing any request that no tariff's declared scope covers ({@link NoTariffException}
     * naming the tariffs and why the nearest does not apply) instead of pricing it with another province's tariff.
     *
     * @return the strict calculator
     */
    public PostalCalculator withStrictScope() {
        return engine.strictScope() ? this : new PostalCalculator(engine.withStrictScope(true));
    }

    /** @return whether requests outside every tariff's scope are refused (see {@link #withStrictScope()}) */
    public boolean isStrictScope() {
        return engine.strictScope();
    }

    /**
     * The tariff that would price a request on a date in a province.
     *
     * @param date the day
     * @param provinceCode the 2-digit province code, or {@code null} for nationwide tariffs only
     * @return the tariff: one whose scope covers the day and province, else (unless the scope is strict) the one in
     *     force on the day that prices requests from outside every tariff's scope
     * @throws NoTariffException if none is in force, or none covers the province and the scope is strict
     */
    public PostalTariff tariffFor(LocalDate date, @Nullable String provinceCode) {
        return engine.select(Objects.requireNonNull(date, "date"), provinceCode).tariff();
    }

    /**
     * Every tariff, in the order they are tried (priority, then provincial before nationwide, then newest first).
     *
     * @return the tariffs
     */
    public List<PostalTariff> tariffs() {
        return engine.tariffs();
    }

    /**
     * Every subsidy, in the order they apply (temporary discounts, then caps; by id within each kind).
     *
     * @return the subsidies
     */
    public List<PostalSubsidy> subsidies() {
        return engine.subsidies();
    }

    /**
     * Every beneficiary category, by code.
     *
     * @return the categories
     */
    public Map<String, BeneficiaryCategory> categories() {
        return engine.categories();
    }

    /**
     * Every zone resolver, by key.
     *
     * @return the resolvers
     */
    public Map<String, ZoneResolver> zoneResolvers() {
        return engine.zoneResolvers();
    }

    /**
     * A beneficiary category.
     *
     * @param code its code
     * @return the category, if installed
     */
    public Optional<BeneficiaryCategory> category(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(engine.categories().get(code));
    }

    /** Builds a {@link PostalCalculator}. Not thread-safe. */
    public static final class Builder {
        private final List<Map.Entry<PostalTariff, Integer>> tariffs = new ArrayList<>();
        private final List<PostalSubsidy> subsidies = new ArrayList<>();
        private final Map<String, BeneficiaryCategory> categories = new LinkedHashMap<>();
        private final Map<String, ZoneResolver> resolvers = new LinkedHashMap<>();
        private boolean strictScope;

        private Builder() {
        }

        /**
         * Whether a request that no tariff's declared scope covers is refused (see
         * {@link PostalCalculator#withStrictScope()}); by default it is priced and flagged.
         *
         * @param strict whether to refuse
         * @return this builder
         */
        public Builder strictScope(boolean strict) {
            this.strictScope = strict;
            return this;
        }

        /**
         * Adds the bundled tariff (at {@link Dvc4jModule#PRIORITY_BUNDLED}), categories and standard resolver.
         *
         * @return this builder
         */
        public Builder withBundledDefaults() {
            tariff(BundledData.tariff(), Dvc4jModule.PRIORITY_BUNDLED);
            BundledData.categories().forEach(this::category);
            resolvers.putIfAbsent(ZoneResolver.DEFAULT_KEY, BundledData.standardResolver());
            return this;
        }

        /**
         * Adds a tariff at {@link Dvc4jModule#PRIORITY_VENDOR}.
         *
         * @param tariff the tariff
         * @return this builder
         */
        public Builder tariff(PostalTariff tariff) {
            return tariff(tariff, Dvc4jModule.PRIORITY_VENDOR);
        }

        /**
         * Adds a tariff at a priority.
         *
         * @param tariff the tariff
         * @param priority higher wins
         * @return this builder
         */
        public Builder tariff(PostalTariff tariff, int priority) {
            tariffs.add(Map.entry(Objects.requireNonNull(tariff, "tariff"), priority));
            return this;
        }

        /**
         * Adds a subsidy.
         *
         * @param subsidy the subsidy
         * @return this builder
         */
        public Builder subsidy(PostalSubsidy subsidy) {
            subsidies.add(Objects.requireNonNull(subsidy, "subsidy"));
            return this;
        }

        /**
         * Adds a beneficiary category, replacing one with the same code.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(BeneficiaryCategory category) {
            Objects.requireNonNull(category, "category");
            categories.remove(category.code());
            categories.put(category.code(), category);
            return this;
        }

        /**
         * Installs a zone resolver under a key (tariffs name it in {@link PostalTariff#zoneResolver()}).
         *
         * @param key the key; {@value ZoneResolver#DEFAULT_KEY} replaces the standard resolver
         * @param resolver the resolver
         * @return this builder
         */
        public Builder zoneResolver(String key, ZoneResolver resolver) {
            resolvers.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /**
         * Compiles and checks everything. The standard resolver is installed under
         * {@value ZoneResolver#DEFAULT_KEY} unless another was.
         *
         * @return the calculator
         * @throws OverlappingTariffsException if two tariffs of one priority overlap
         * @throws TariffFormatException if ids repeat or a tariff names a resolver that is not installed
         */
        public PostalCalculator build() {
            Map<String, ZoneResolver> r = new LinkedHashMap<>(resolvers);
            r.putIfAbsent(ZoneResolver.DEFAULT_KEY, BundledData.standardResolver());
            return new PostalCalculator(new QuoteEngine(tariffs, subsidies, categories, r, strictScope));
        }
    }
}
