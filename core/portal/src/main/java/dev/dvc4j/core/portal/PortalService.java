package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/** The portal's dossier services, named in a request's {@code service} field. */
public enum PortalService {
    /** Synchronise dossiers ({@code DongBoHoSoMC}); {@code data[]} holds {@link PortalDossier}s. */
    SYNC_DOSSIERS("DongBoHoSoMC", PortalDossier.class),
    /** Update dossiers' progress ({@code CapNhatTienDoHoSoMC}); {@code data[]} holds {@link PortalProgress} entries. */
    UPDATE_PROGRESS("CapNhatTienDoHoSoMC", PortalProgress.class);

    private final String wireName;
    private final Class<? extends PortalRecord> recordType;

    PortalService(String wireName, Class<? extends PortalRecord> recordType) {
        this.wireName = wireName;
        this.recordType = recordType;
    }

    /** @return the service's name on the wire, e.g. {@code "DongBoHoSoMC"} */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** @return the type of the elements of {@code data[]} */
    public Class<? extends PortalRecord> recordType() {
        return recordType;
    }

    /**
     * The service with a wire name (exact spelling).
     *
     * @param wireName the name, such as {@code "CapNhatTienDoHoSoMC"}
     * @return the service, or empty if unknown
     */
    public static Optional<PortalService> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        for (PortalService s : values()) {
            if (s.wireName.equals(wireName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
