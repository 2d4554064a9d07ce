package dev.dvc4j.core.procedure;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Procedures and offers indexed by code: the in-memory catalogue the rules look things up in. Immutable and
 * thread-safe. Read one from JSON with {@link CatalogueLoader}, or build one with {@link #of(Collection, Collection)}.
 */
public final class Catalogue {

    private final Map<ProcedureCode, Procedure> procedures;
    private final Map<ProcedureCode, Map<AgencyCode, ServiceOffer>> offers;
    private final List<ServiceOffer> offerList;
    private final String label;
    private final boolean sample;

    private Catalogue(Map<ProcedureCode, Procedure> procedures, Map<ProcedureCode, Map<AgencyCode, ServiceOffer>> offers,
                      List<ServiceOffer> offerList, String label, boolean sample) {
        this.procedures = procedures;
        this.offers = offers;
        this.offerList = offerList;
        this.label = label;
        this.sample = sample;
    }

    /**
     * A catalogue of procedures and offers.
     *
     * @param procedures the procedures (codes unique)
     * @param offers the offers (one per procedure and agency; each for a procedure in the catalogue)
     * @return the catalogue
     * @throws CatalogueException listing every duplicate and unknown reference
     */
    public static Catalogue of(Collection<Procedure> procedures, Collection<ServiceOffer> offers) {
        return of(procedures, offers, "", false);
    }

    /**
     * A labelled catalogue.
     *
     * @param procedures the procedures
     * @param offers the offers
     * @param label a label, such as "sample", or {@code null} for none
     * @param sample whether the data is illustrative sample data
     * @return the catalogue
     * @throws CatalogueException listing every duplicate and unknown reference
     */
    public static Catalogue of(Collection<Procedure> procedures, Collection<ServiceOffer> offers,
                               @Nullable String label, boolean sample) {
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<ProcedureCode, Procedure> ps = new LinkedHashMap<>();
        int i = 0;
        for (Procedure p : procedures) {
            if (ps.putIfAbsent(p.code(), p) != null) {
                problems.add(CatalogueProblem.at("", "procedures[" + i + "].code", "catalogue.duplicate-procedure",
                        LocalizedText.of("Mã thủ tục %s bị trùng", "Duplicate procedure code %s").formatted(p.code())));
            }
            i++;
        }
        Map<ProcedureCode, Map<AgencyCode, ServiceOffer>> os = new LinkedHashMap<>();
        List<ServiceOffer> list = new ArrayList<>();
        i = 0;
        for (ServiceOffer o : offers) {
            if (!ps.containsKey(o.procedure())) {
                problems.add(CatalogueProblem.at("", "offers[" + i + "].procedure", "catalogue.unknown-procedure",
                        LocalizedText.of("Dịch vụ cho thủ tục %s không có trong danh mục",
                                "Offer for procedure %s, which is not in the catalogue").formatted(o.procedure())));
            } else if (os.computeIfAbsent(o.procedure(), k -> new LinkedHashMap<>()).putIfAbsent(o.agency(), o) != null) {
                problems.add(CatalogueProblem.at("", "offers[" + i + "]", "catalogue.duplicate-offer",
                        LocalizedText.of("Cơ quan %s có hai dịch vụ cho thủ tục %s",
                                "Agency %s has two offers for procedure %s").formatted(o.agency(), o.procedure())));
            } else {
                list.add(o);
            }
            i++;
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        os.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new Catalogue(Collections.unmodifiableMap(ps), Collections.unmodifiableMap(os), List.copyOf(list),
                label == null ? "" : label, sample);
    }

    /**
     * An empty catalogue.
     *
     * @return the catalogue
     */
    public static Catalogue empty() {
        return of(List.of(), List.of());
    }

    /** @return every procedure, in load order */
    public Collection<Procedure> procedures() {
        return procedures.values();
    }

    /** @return every offer, in load order */
    public List<ServiceOffer> offers() {
        return offerList;
    }

    /**
     * A procedure by code; a code with an agency suffix ({@code 1.000948.H38}) falls back to its national code.
     *
     * @param code the code
     * @return the procedure, if present
     */
    public Optional<Procedure> procedure(ProcedureCode code) {
        Procedure p = procedures.get(code);
        if (p == null && code.suffix() != null) {
            p = procedures.get(code.withoutSuffix());
        }
        return Optional.ofNullable(p);
    }

    /**
     * The offers for a procedure.
     *
     * @param code the procedure's code
     * @return the offers, by agency
     */
    public Collection<ServiceOffer> offersFor(ProcedureCode code) {
        return procedure(code).map(p -> offers.getOrDefault(p.code(), Map.of()).values())
                .orElse(List.of());
    }

    /**
     * One agency's offer for a procedure.
     *
     * @param code the procedure's code
     * @param agency the agency
     * @return the offer, if present
     */
    public Optional<ServiceOffer> offer(ProcedureCode code, AgencyCode agency) {
        Objects.requireNonNull(agency, "agency");
        return procedure(code).map(p -> offers.getOrDefault(p.code(), Map.of()).get(agency));
    }

    /** @return the catalogue's label, possibly empty */
    public String label() {
        return label;
    }

    /** @return whether the catalogue is illustrative sample data, not an authoritative source */
    public boolean isSample() {
        return sample;
    }

    /** @return the number of procedures */
    public int size() {
        return procedures.size();
    }

    @Override
    public String toString() {
        return "Catalogue[" + (label.isEmpty() ? "" : label + ", ") + (sample ? "SAMPLE, " : "") + procedures.size()
                + " procedures, " + offerList.size() + " offers]";
    }

}
