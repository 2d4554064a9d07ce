package dev.dvc4j.core.portal;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Citizen;
import dev.dvc4j.core.dossier.FeeKind;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.json.Dvc4jJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The code sets that differ between systems, as data. Each table maps a dvc4j value (by its wire name) to the code
 * the portal contract uses; reading maps codes back, so codes must be unique within a table.
 *
 * <p>The bundled default ({@link #defaults()}, resource {@code dev/dvc4j/core/portal/portal-codes.json}) takes
 * {@code LoaiDoiTuong} 1 citizen / 2 organisation and {@code HinhThuc} 0 counter / 1 postal from one published
 * integration; every other code in it is a placeholder that is <em>not confirmed</em> by any official source. A host
 * should load its own table from its portal contract ({@link #fromJson(InputStream)}), or register one through the
 * extension point {@link PortalPoints#CODES}.
 *
 * @param source where the codes come from
 * @param applicantTypes {@code LoaiDoiTuong} by applicant kind: keys {@code citizen}, {@code organisation}
 * @param deliveryForms {@code HinhThuc} by result delivery: keys {@code counter}, {@code online}, {@code postal}
 * @param feeKinds {@code LoaiPhiLePhi} by fee kind: keys {@code charge}, {@code fee}, {@code other}
 * @param collectionMethods {@code HinhThucThu} by payment method: keys {@code national-portal},
 *                          {@code own-gateway}, {@code cash}
 * @param feeCodes {@code MaPhiLePhi} by dvc4j fee code; a fee code not listed is sent unchanged ({@code null}:
 *                  none listed)
 */
public record PortalCodes(String source, Map<String, String> applicantTypes, Map<String, String> deliveryForms,
                          Map<String, String> feeKinds, Map<String, String> collectionMethods,
                          @Nullable Map<String, String> feeCodes) {

    private static final PortalCodes DEFAULTS = load();

    /** The kind of applicant, as {@code LoaiDoiTuong} distinguishes it. */
    public enum ApplicantKind implements Labelled {
        /** A citizen (công dân). */
        CITIZEN("Công dân", "Citizen"),
        /** An organisation or enterprise (tổ chức, doanh nghiệp). */
        ORGANISATION("Tổ chức, doanh nghiệp", "Organisation");

        private final LocalizedText label;

        ApplicantKind(String vi, String en) {
            this.label = LocalizedText.of(vi, en);
        }

        /** @return the label in both languages */
        @Override
        public LocalizedText label() {
            return label;
        }

        /** @return the key in {@link PortalCodes#applicantTypes()}: the {@link #wireName() wire name} */
        public String key() {
            return wireName();
        }
    }

    /**
     * Validates that every table is complete, has no unknown keys, and has unique, non-blank codes. Keys are the
     * values' {@link Labelled#wireName() wire names}; a key in the old snake_case spelling is read as its kebab-case
     * name for one release (logged as deprecated).
     */
    public PortalCodes {
        if (source == null || source.isBlank()) {
            throw invalid("source", "thiếu nguồn của bảng mã", "the table needs its source");
        }
        applicantTypes = table("applicantTypes", applicantTypes, ApplicantKind.class);
        deliveryForms = table("deliveryForms", deliveryForms, ResultDelivery.class);
        feeKinds = table("feeKinds", feeKinds, FeeKind.class);
        collectionMethods = table("collectionMethods", collectionMethods, PaymentMethod.class);
        feeCodes = table("feeCodes", feeCodes == null ? Map.of() : feeCodes, null);
    }

    /** @return the bundled default table (see the class comment: mostly placeholders) */
    public static PortalCodes defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a table from JSON with the fields of this record.
     *
     * @param json the JSON
     * @return the table
     * @throws Dvc4jException if the JSON is malformed or the table invalid
     */
    public static PortalCodes fromJson(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return Dvc4jJson.read("", json, PortalCodes.class);
        } catch (dev.dvc4j.core.json.WireFormatException e) {
            throw new Dvc4jException("portal.codes", LocalizedText.of(
                    "Bảng mã cổng DVC quốc gia: " + e.problem().describe(false),
                    "Portal code table: " + e.problem().describe(true)), e);
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * @param applicant the applicant
     * @return its {@code LoaiDoiTuong}
     */
    public String applicantTypeOf(Applicant applicant) {
        Objects.requireNonNull(applicant, "applicant");
        return applicantTypes.get((applicant instanceof Citizen ? ApplicantKind.CITIZEN : ApplicantKind.ORGANISATION).key());
    }

    /**
     * @param delivery the result delivery
     * @return its {@code HinhThuc}
     */
    public String deliveryFormOf(ResultDelivery delivery) {
        return deliveryForms.get(delivery.wireName());
    }

    /**
     * @param kind the fee kind
     * @return its {@code LoaiPhiLePhi}
     */
    public String feeKindOf(FeeKind kind) {
        return feeKinds.get(kind.wireName());
    }

    /**
     * @param method the payment method
     * @return its {@code HinhThucThu}
     */
    public String collectionOf(PaymentMethod method) {
        return collectionMethods.get(method.wireName());
    }

    /**
     * @param dvc4jCode a fee's code in the dossier
     * @return its {@code MaPhiLePhi}: the mapped code, or the same code when the table does not list it
     */
    public String portalFeeCode(String dvc4jCode) {
        Objects.requireNonNull(dvc4jCode, "dvc4jCode");
        return feeCodes.getOrDefault(dvc4jCode, dvc4jCode);
    }

    // ------------------------------------------------------------------ reading

    /**
     * @param code a {@code LoaiDoiTuong}, or {@code null} when a payload lacks it (known to no table)
     * @return the applicant kind, or empty if the table does not know the code
     */
    public Optional<ApplicantKind> applicantKindFor(@Nullable String code) {
        return reverse(applicantTypes, code).map(k -> Labelled.fromWire(ApplicantKind.class, k));
    }

    /**
     * @param code a {@code HinhThuc}, or {@code null} when a payload lacks it (known to no table)
     * @return the result delivery, or empty if the table does not know the code
     */
    public Optional<ResultDelivery> deliveryFor(@Nullable String code) {
        return reverse(deliveryForms, code).map(k -> Labelled.fromWire(ResultDelivery.class, k));
    }

    /**
     * @param code a {@code LoaiPhiLePhi}, or {@code null} when a payload lacks it (known to no table)
     * @return the fee kind, or empty if the table does not know the code
     */
    public Optional<FeeKind> feeKindFor(@Nullable String code) {
        return reverse(feeKinds, code).map(k -> Labelled.fromWire(FeeKind.class, k));
    }

    /**
     * @param code a {@code HinhThucThu}, or {@code null} when a payload lacks it (known to no table)
     * @return the payment method, or empty if the table does not know the code
     */
    public Optional<PaymentMethod> collectionFor(@Nullable String code) {
        return reverse(collectionMethods, code).map(k -> Labelled.fromWire(PaymentMethod.class, k));
    }

    private static Optional<String> reverse(Map<String, String> table, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (e.getValue().equals(code.strip())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ validation

    private static <E extends Enum<E> & Labelled> Map<String, String> table(String name, Map<String, String> table,
                                                                            Class<E> type) {
        if (table == null) {
            throw invalid(name, "thiếu bảng mã", "the table is missing");
        }
        Set<String> keys = type == null ? null : wireNames(type);
        Map<String, String> copy = new LinkedHashMap<>();
        Map<String, String> byCode = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> e : table.entrySet()) {
            String code = e.getValue() == null ? "" : e.getValue().strip();
            if (code.isEmpty()) {
                throw invalid(name + "." + e.getKey(), "mã rỗng", "the code is blank");
            }
            String key = type == null ? e.getKey() : Labelled.find(type, e.getKey()).map(Labelled::wireName).orElse(e.getKey());
            if (keys != null && !keys.contains(key)) {
                unknown.add(key);
            }
            String other = byCode.put(code, key);
            if (other != null && keys != null) {
                throw invalid(name, "mã \"" + code + "\" dùng cho cả " + other + " và " + key,
                        "code \"" + code + "\" is used for both " + other + " and " + key);
            }
            if (copy.put(key, code) != null) {
                throw invalid(name + "." + key, "khóa lặp (viết theo hai cách)", "the key is given twice (in both spellings)");
            }
        }
        if (!unknown.isEmpty()) {
            throw invalid(name, "khóa không xác định " + unknown + ", khóa hợp lệ: " + keys,
                    "unknown keys " + unknown + ", valid keys: " + keys);
        }
        if (keys != null && !copy.keySet().containsAll(keys)) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(copy.keySet());
            throw invalid(name, "thiếu mã cho " + missing, "no code for " + missing);
        }
        return Map.copyOf(copy);
    }

    private static Dvc4jException invalid(String where, String vi, String en) {
        return new Dvc4jException("portal.codes", LocalizedText.of(
                "Bảng mã cổng DVC quốc gia không hợp lệ tại %s: %s", "Invalid portal code table at %s: %s")
                .formatted(where, vi).withEnglish(String.format(Locale.ROOT, "Invalid portal code table at %s: %s", where, en)));
    }

    private static <E extends Enum<E> & Labelled> Set<String> wireNames(Class<E> type) {
        Set<String> s = new TreeSet<>();
        for (E v : type.getEnumConstants()) {
            s.add(v.wireName());
        }
        return s;
    }

    private static PortalCodes load() {
        try (InputStream in = PortalCodes.class.getResourceAsStream("portal-codes.json")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource dev/dvc4j/core/portal/portal-codes.json is missing");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
