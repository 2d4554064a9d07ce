package dev.dvc4j.core.portal;

import java.io.IOException;

/**
 * Sends a sync request to the portal. dvc4j imposes no HTTP client: a host implements this with its own (the
 * {@code examples} module has one over {@code java.net.http}), writing the body with {@link SyncRequest#toJsonBytes()}
 * and reading the answer with {@link PortalReader#readResponse(String)}. Authentication (the portal's session
 * token) is the implementation's business.
 */
@FunctionalInterface
public interface PortalClient {

    /**
     * Sends a request and returns the portal's answer.
     *
     * @param request the request
     * @return the answer; check {@link SyncResponse#isSuccess()}
     * @throws IOException if the request could not be delivered or the answer not read
     */
    SyncResponse send(SyncRequest request) throws IOException;
}
