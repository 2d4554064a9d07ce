package dev.dvc4j.core.dossier;

import dev.dvc4j.core.Labelled;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;

/** How a dossier was filed: the national portal's {@code KenhThucHien} codes. */
public enum Channel implements Labelled {
    /** In person at the one-stop unit (1, trực tiếp). */
    IN_PERSON(1, "Trực tiếp", "In person"),
    /** Online (2, trực tuyến). */
    ONLINE(2, "Trực tuyến", "Online"),
    /** Through the public postal service (3, bưu chính công ích). */
    POSTAL(3, "Bưu chính công ích", "Public postal service");

    private final int portalCode;
    private final LocalizedText label;

    Channel(int portalCode, String vi, String en) {
        this.portalCode = portalCode;
        this.label = LocalizedText.of(vi, en);
    }

    /** @return the portal's code, 1 to 3 */
    public int portalCode() {
        return portalCode;
    }

    /** @return the label in both languages */
    public LocalizedText label() {
        return label;
    }

    /**
     * The channel with a portal code.
     *
     * @param code 1, 2 or 3
     * @return the channel
     * @throws Dvc4jException for any other code
     */
    public static Channel fromPortalCode(int code) {
        for (Channel c : values()) {
            if (c.portalCode == code) {
                return c;
            }
        }
        throw new Dvc4jException("dossier.channel", LocalizedText.of(
                "Mã kênh thực hiện %d không hợp lệ (1, 2 hoặc 3)", "Unknown channel code %d (1, 2 or 3)").formatted(code));
    }
}
