package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.LocalizedText;
import dev.dvc4j.core.json.Dvc4jJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The request envelope the portal receives: {@code {"service": "DongBoHoSoMC", "isUpdating": false, "data": [...]}}.
 * Every element of {@code data} must be of the service's {@link PortalService#recordType() record type}.
 *
 * @param service the service
 * @param updating {@code isUpdating}: whether the records update ones sent before
 * @param data the records, at least one
 */
@JsonPropertyOrder({"service", "isUpdating", "data"})
public record SyncRequest(
        @JsonProperty("service") PortalService service,
        @JsonProperty("isUpdating") boolean updating,
        @JsonProperty("data") List<? extends PortalRecord> data) {

    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = Dvc4jJson.mapper().writerFor(SyncRequest.class);
    private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY = WRITER.withDefaultPrettyPrinter();

    /** Validates that there is data and that it fits the service. */
    public SyncRequest {
        Objects.requireNonNull(service, "service");
        if (data == null || data.isEmpty()) {
            throw new Dvc4jException("portal.request-empty", LocalizedText.of(
                    "Yêu cầu đồng bộ %s không có dữ liệu", "The %s sync request has no data").formatted(service.wireName()));
        }
        for (int i = 0; i < data.size(); i++) {
            PortalRecord r = data.get(i);
            if (!service.recordType().isInstance(r)) {
                throw new Dvc4jException("portal.request-type", LocalizedText.of(
                        "data[%d] của dịch vụ %s phải là %s", "data[%d] of service %s must be a %s")
                        .formatted(i, service.wireName(), service.recordType().getSimpleName()));
            }
        }
        data = List.copyOf(data);
    }

    /**
     * A {@code DongBoHoSoMC} request.
     *
     * @param dossiers the dossiers
     * @param updating whether they update dossiers sent before
     * @return the request
     */
    public static SyncRequest ofDossiers(List<PortalDossier> dossiers, boolean updating) {
        Objects.requireNonNull(dossiers, "dossiers");
        return new SyncRequest(PortalService.SYNC_DOSSIERS, updating, dossiers);
    }

    /**
     * A {@code CapNhatTienDoHoSoMC} request.
     *
     * @param progress the progress entries
     * @param updating whether they update entries sent before
     * @return the request
     */
    public static SyncRequest ofProgress(List<PortalProgress> progress, boolean updating) {
        return new SyncRequest(PortalService.UPDATE_PROGRESS, updating, progress);
    }

    /** @return the dossiers of a {@code DongBoHoSoMC} request (empty for a progress request) */
    @JsonIgnore
    public List<PortalDossier> dossiers() {
        return only(PortalDossier.class);
    }

    /** @return the progress entries of a {@code CapNhatTienDoHoSoMC} request (empty for a dossier request) */
    @JsonIgnore
    public List<PortalProgress> progress() {
        return only(PortalProgress.class);
    }

    private <T> List<T> only(Class<T> type) {
        List<T> l = new ArrayList<>();
        for (PortalRecord r : data) {
            if (type.isInstance(r)) {
                l.add(type.cast(r));
            }
        }
        return List.copyOf(l);
    }

    /** @return the request as compact JSON, field names as the portal spells them */
    public String toJson() {
        return write(false);
    }

    /** @return the request as indented JSON, for people */
    public String toPrettyJson() {
        return write(true);
    }

    /** @return the request as compact UTF-8 JSON bytes, ready for an HTTP body */
    public byte[] toJsonBytes() {
        try {
            return WRITER.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sync request could not be written as JSON", e);
        }
    }

    private String write(boolean pretty) {
        try {
            return (pretty ? PRETTY : WRITER).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sync request could not be written as JSON", e);
        }
    }

    /** The service and the number of records; no personal data. */
    @Override
    public String toString() {
        return "SyncRequest[service=" + service.wireName() + ", isUpdating=" + updating + ", data=" + data.size() + " records]";
    }
}
