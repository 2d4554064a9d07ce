package dev.dvc4j.core.internal.id;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dvc4j.core.id.Province;
import dev.dvc4j.core.id.Provinces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The place-of-birth-registration codes of the personal identification number (digits 1–3), read from the bundled
 * {@code personal-id-places.json}: each names a unit of the 63-province list.
 */
public final class PersonalIdPlaces {

    /** The day the list's province codes are read on; set while {@link #PLACES} loads. */
    private static LocalDate listDate;
    private static final Map<String, Province> PLACES = load();

    private PersonalIdPlaces() {
    }

    /**
     * The province a place code names.
     *
     * @param code three digits, e.g. {@code "079"}
     * @return the province, or empty if the code is not in the list
     */
    public static Optional<Province> find(String code) {
        return Optional.ofNullable(PLACES.get(code));
    }

    /**
     * Whether a place code is in the list.
     *
     * @param code three digits
     * @return {@code true} if known
     */
    public static boolean isKnown(String code) {
        return PLACES.containsKey(code);
    }

    /**
     * The day on which the list's province codes are read: the place codes name units of the list in force then.
     *
     * @return the day
     */
    public static LocalDate listDate() {
        return listDate;
    }

    /** @return the known codes with their provinces, in file order */
    public static Map<String, Province> all() {
        return PLACES;
    }

    private static Map<String, Province> load() {
        try (InputStream in = ProvinceData.open(ProvinceData.PLACES)) {
            JsonNode root = ProvinceData.tree(in);
            LocalDate on = ProvinceData.date(root, "provincesOn", true);
            listDate = on;
            ProvinceData.text(root, "legalBasis", true);
            Provinces provinces = Provinces.bundled();
            Map<String, Province> map = new LinkedHashMap<>();
            for (JsonNode p : root.path("places")) {
                String code = ProvinceData.text(p, "code", true);
                if (!code.matches("\\d{3}")) {
                    throw ProvinceData.error("mã nơi đăng ký \"" + code + "\" phải gồm 3 chữ số",
                            "place code \"" + code + "\" must be three digits");
                }
                map.put(code, provinces.byCode(ProvinceData.text(p, "provinceCode", true), on));
            }
            if (map.isEmpty()) {
                throw ProvinceData.error("danh sách nơi đăng ký rỗng", "the list of places is empty");
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
