package dev.dvc4j.postal;

import dev.dvc4j.postal.internal.BundledData;
import dev.dvc4j.postal.internal.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reading and writing postal data as JSON (with dvc4j's one strict reading policy, the same as the wire format's: unknown
 * properties are errors), and the bundled defaults.
 *
 * <p>Formats: a tariff is one {@link PostalTariff} object; a subsidy file is {@code {"note": ..., "subsidies":
 * [...]}}; a category file is {@code {"source": ..., "note": ..., "categories": [...]}}. Every problem (malformed
 * JSON, a missing or inconsistent field) is a {@link TariffFormatException} naming the file, the place and the field.
 */
public final class PostalTariffs {

    /** The id of the bundled default tariff. */
    public static final String BUNDLED_TARIFF_ID = "vnpost-bcci-da-nang-2021";

    private PostalTariffs() {
    }

    /**
     * Reads a tariff file.
     *
     * @param file the file
     * @return the tariff
     * @throws TariffFormatException if the file is missing, unreadable, malformed or inconsistent
     */
    public static PostalTariff load(Path file) {
        return Json.read(file, PostalTariff.class);
    }

    /**
     * Reads a tariff from a stream (not closed).
     *
     * @param in the stream
     * @return the tariff
     * @throws TariffFormatException if malformed or inconsistent
     */
    public static PostalTariff load(InputStream in) {
        return Json.read(in, PostalTariff.class, "tariff");
    }

    /**
     * Reads a tariff from a JSON string.
     *
     * @param json the JSON
     * @return the tariff
     * @throws TariffFormatException if malformed or inconsistent
     */
    public static PostalTariff parse(String json) {
        return load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a subsidy file.
     *
     * @param in the stream (not closed)
     * @return the subsidies
     * @throws TariffFormatException if malformed or inconsistent
     */
    public static List<PostalSubsidy> loadSubsidies(InputStream in) {
        return Json.read(in, BundledData.SubsidyFile.class, "subsidies").subsidies();
    }

    /**
     * Reads a subsidy file.
     *
     * @param file the file
     * @return the subsidies
     * @throws TariffFormatException if missing, malformed or inconsistent
     */
    public static List<PostalSubsidy> loadSubsidies(Path file) {
        return Json.read(file, BundledData.SubsidyFile.class).subsidies();
    }

    /**
     * Reads a category file.
     *
     * @param in the stream (not closed)
     * @return the categories
     * @throws TariffFormatException if malformed or inconsistent
     */
    public static List<BeneficiaryCategory> loadCategories(InputStream in) {
        return Json.read(in, BundledData.CategoryFile.class, "categories").categories();
    }

    /**
     * Reads a category file.
     *
     * @param file the file
     * @return the categories
     * @throws TariffFormatException if missing, malformed or inconsistent
     */
    public static List<BeneficiaryCategory> loadCategories(Path file) {
        return Json.read(file, BundledData.CategoryFile.class).categories();
    }

    /**
     * The bundled default: the VNPost BCCI table published in Đà Nẵng in 2021 (transcribed in {@code docs/DOMAIN.md},
     * "Public postal service"), scoped to Đà Nẵng (48), from 2021-01-01, VAT basis unknown, with fee remittance at 8,000 VND per
     * dossier.
     *
     * @return the tariff
     */
    public static PostalTariff bundled() {
        return BundledData.tariff();
    }

    /**
     * The bundled beneficiary categories (Circular 22/2017/TT-BTTTT, as far as read).
     *
     * @return the categories
     */
    public static List<BeneficiaryCategory> bundledCategories() {
        return BundledData.categories();
    }

    /**
     * The bundled region table used by {@link ZoneResolver#standard()}: region code by 2-digit province code.
     *
     * @return an unmodifiable map
     */
    public static Map<String, String> bundledRegions() {
        return BundledData.regionByProvince();
    }

    /**
     * Writes postal data (a tariff, subsidy, category, request or quote) as pretty-printed JSON in dvc4j's wire format.
     *
     * @param value the value
     * @return the JSON
     */
    public static String toJson(Object value) {
        Objects.requireNonNull(value, "value");
        return Json.write(value);
    }
}
