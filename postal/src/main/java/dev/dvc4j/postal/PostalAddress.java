package dev.dvc4j.postal;

import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.postal.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Where a postal leg starts or ends, as administrative codes: the 2-digit province code, the 5-digit commune code,
 * and, for addresses recorded before the district level was abolished on 2025-07-01 (Resolution 202/2025/QH15), the
 * 3-digit former district code. Codes are not personal data and are shown as they are.
 *
 * @param provinceCode 2-digit province code (e.g. {@code "42"} Hà Tĩnh)
 * @param communeCode 5-digit commune code
 * @param districtCode 3-digit former district code, or {@code null}
 */
public record PostalAddress(String provinceCode, String communeCode, @Nullable String districtCode) {

    /**
     * Validates the codes' shapes.
     *
     * @throws PostalException with code {@code postal.address} if a code is missing or malformed
     */
    public PostalAddress {
        if (provinceCode == null || !Checks.PROVINCE.matcher(provinceCode).matches()) {
            throw bad("mã tỉnh", "province code", provinceCode, "2");
        }
        if (communeCode == null || !Checks.COMMUNE.matcher(communeCode).matches()) {
            throw bad("mã xã", "commune code", communeCode, "5");
        }
        if (districtCode != null && !Checks.DISTRICT.matcher(districtCode).matches()) {
            throw bad("mã huyện cũ", "former district code", districtCode, "3");
        }
    }

    /**
     * An address after the 2025 reform: province and commune only.
     *
     * @param provinceCode 2-digit province code
     * @param communeCode 5-digit commune code
     * @return the address
     */
    public static PostalAddress of(String provinceCode, String communeCode) {
        return new PostalAddress(provinceCode, communeCode, null);
    }

    private static PostalException bad(String vi, String en, String value, String digits) {
        return new PostalException("postal.address", LocalizedText.of(
                "Địa chỉ bưu chính: " + vi + " \"%s\" không hợp lệ (%s chữ số)",
                "Postal address: invalid " + en + " \"%s\" (%s digits)").formatted(value, digits));
    }
}
