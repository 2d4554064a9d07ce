package dev.dvc4j.examples.portal;

import dev.dvc4j.core.portal.PortalClient;
import dev.dvc4j.core.portal.PortalPayloadException;
import dev.dvc4j.core.portal.PortalReader;
import dev.dvc4j.core.portal.SyncRequest;
import dev.dvc4j.core.portal.SyncResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link PortalClient} over the JDK's {@code java.net.http}: POSTs the request's JSON to one address and reads
 * the portal's {@code {error_code, message}} answer. A host copies it and adds what its portal contract asks for
 * (typically a session token obtained beforehand, passed here as a header).
 *
 * <p>A non-2xx HTTP status or an unreadable answer is an {@link IOException}; an answer with a non-zero
 * {@code error_code} is returned as is ({@link SyncResponse#isSuccess()} is {@code false}). Nothing is logged: the
 * body holds personal data.
 */
public final class JavaHttpPortalClient implements PortalClient {

    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final Map<String, String> headers;

    /**
     * A client.
     *
     * @param endpoint where to POST, e.g. the portal adapter's sync address
     * @param http the HTTP client to use (shared; it is thread-safe)
     * @param timeout the time allowed for one request
     * @param headers extra headers, such as a session token
     */
    public JavaHttpPortalClient(URI endpoint, HttpClient http, Duration timeout, Map<String, String> headers) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.headers = Map.copyOf(headers);
    }

    /**
     * A client with a new HTTP client, a 30-second timeout and no extra header.
     *
     * @param endpoint where to POST
     * @return the client
     */
    public static JavaHttpPortalClient create(URI endpoint) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new JavaHttpPortalClient(endpoint, http, Duration.ofSeconds(30), Map.of());
    }

    @Override
    public SyncResponse send(SyncRequest request) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.toJsonBytes()));
        headers.forEach(b::header);
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while sending " + request);
            io.initCause(e);
            throw io;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the portal answered HTTP " + response.statusCode() + " to " + request);
        }
        try {
            return PortalReader.readResponse(response.body());
        } catch (PortalPayloadException e) {
            throw new IOException("the portal's answer to " + request + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The address only; headers may hold secrets. */
    @Override
    public String toString() {
        return "JavaHttpPortalClient[" + endpoint + "]";
    }
}
