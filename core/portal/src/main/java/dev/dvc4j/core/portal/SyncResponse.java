package dev.dvc4j.core.portal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The portal's answer: {@code {"error_code": "0", "message": "..."}}. {@code error_code} 0 means success; integrations
 * send it as a number or a string, and {@link PortalReader#readResponse(String)} accepts both.
 *
 * @param errorCode {@code error_code}, as text ({@code "0"} on success)
 * @param message {@code message}, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"error_code", "message"})
public record SyncResponse(@JsonProperty("error_code") String errorCode,
                           @JsonProperty("message") @Nullable String message) {

    /** Validates that the code is present. */
    public SyncResponse {
        Objects.requireNonNull(errorCode, "errorCode");
        errorCode = errorCode.strip();
    }

    /** @return whether the portal accepted the request ({@code error_code} 0) */
    @JsonIgnore
    public boolean isSuccess() {
        return "0".equals(errorCode);
    }
}
