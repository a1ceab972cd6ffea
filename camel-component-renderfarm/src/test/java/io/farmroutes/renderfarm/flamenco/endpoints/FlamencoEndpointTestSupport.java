package io.farmroutes.renderfarm.flamenco.endpoints;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.flamenco.FlamencoCatalog;
import io.farmroutes.renderfarm.flamenco.FlamencoTestSupport;
import io.farmroutes.sandbox.Params;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared by the Flamenco endpoint tests: ledger reading, refusal checks, setup requests and a wire check. */
abstract class FlamencoEndpointTestSupport extends FlamencoTestSupport {

    static final String HEADER = RenderfarmConstants.HEADER_PREFIX;
    /** Marks the requests a test sends itself to set the emulator up; the wire check after each test skips them. */
    private static final String SETUP_HEADER = "X-Test-Setup";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // ---- the ledger ---------------------------------------------------------------------------------------------

    /** The one request with this method and path during the test. */
    RecordedRequest onlyRequest(String method, String path) {
        List<RecordedRequest> sent = requests(method, path);
        assertEquals(1, sent.size(), () -> method + " " + path + " requests: " + emulator().ledger().requests());
        return sent.get(0);
    }

    /** "METHOD path" of every request of the test, oldest first. */
    List<String> calls() {
        return emulator().ledger().requests().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** The form fields of a request body, decoded. */
    static Params form(RecordedRequest request) {
        return Params.parse(request.body());
    }

    /** A form field that must have been sent exactly once. */
    static String field(RecordedRequest request, String name) {
        List<String> values = form(request).all(name);
        assertEquals(1, values.size(), () -> name + " in " + request.bodyText());
        return values.get(0);
    }

    static String header(RecordedRequest request, String name) {
        return request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    void clearLedger() {
        emulator().ledger().clear();
    }

    // ---- refusals before sending --------------------------------------------------------------------------------

    /**
     * Sends to {@code uri} and expects the call refused before any request, naming the endpoint and the parameter.
     */
    InvalidParameterException refused(String uri, String parameter) {
        return refused(uri, Map.of(), parameter);
    }

    InvalidParameterException refused(String uri, Map<String, Object> headers, String parameter) {
        InvalidParameterException e = failure(uri, null, headers, InvalidParameterException.class);
        String endpoint = endpointOf(uri);
        assertEquals(parameter, e.getParameter(), e::getMessage);
        assertEquals("renderfarm:" + endpoint + "?provider=flamenco", e.getEndpoint());
        assertTrue(e.getMessage().contains("renderfarm:" + endpoint), e.getMessage());
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
        assertEquals(0, emulator().ledger().count(), () -> "sent: " + emulator().ledger().requests());
        return e;
    }

    /** An unknown URI option fails when the endpoint is created, with the nearest valid names. */
    InvalidParameterException unknownOption(String uri, String parameter) {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(uri));
        InvalidParameterException cause = assertInstanceOf(InvalidParameterException.class, rootCause(e));
        assertEquals(parameter, cause.getParameter());
        assertTrue(cause.getMessage().contains("renderfarm:" + endpointOf(uri)), cause.getMessage());
        assertEquals(0, emulator().ledger().count());
        return cause;
    }

    static String endpointOf(String uri) {
        String rest = uri.substring("renderfarm:".length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; depth < 20 && t.getCause() != null && t.getCause() != t; depth++) {
            t = t.getCause();
        }
        return t;
    }

    // ---- setup straight to the emulator -------------------------------------------------------------------------

    /** Sends a form request to the emulator outside the client (for the server's extra endpoints). */
    HttpResponse<String> raw(String method, String path, String formBody, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(emulator().url() + path))
                .timeout(Duration.ofSeconds(10)).header(SETUP_HEADER, "1");
        if (formBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", FORM).method(method, HttpRequest.BodyPublishers.ofString(formBody));
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- after every test ---------------------------------------------------------------------------------------

    /**
     * Every request the client sent went to a route of the catalog with the catalog's verb, carried its fields as
     * a form body (never a query string), and had a body only where the catalog's verb has one.
     */
    @AfterEach
    void everyRequestFollowedTheCatalog() {
        List<OperationDescriptor> ops = FlamencoCatalog.catalog().operations();
        for (RecordedRequest r : emulator().ledger().requests()) {
            if (header(r, SETUP_HEADER) != null) {
                continue;
            }
            assertTrue(ops.stream().anyMatch(op -> op.httpMethod().equals(r.method()) && matches(op.path(), r.path())),
                    () -> "no catalog operation is " + r);
            assertEquals("", r.query(), () -> "the client sends form fields, not a query: " + r);
            if (r.body().length > 0) {
                String type = header(r, "Content-Type");
                assertNotNull(type, () -> "no Content-Type on " + r);
                assertTrue(type.startsWith(FORM), () -> type + " on " + r);
            }
        }
    }

    /** A catalog path with placeholders ({@code {path}} takes the rest, one segment or more) against a path. */
    static boolean matches(String template, String path) {
        String[] want = template.substring(1).split("/", -1);
        String[] got = path.substring(1).split("/", -1);
        for (int i = 0; i < want.length; i++) {
            if (i >= got.length || got[i].isEmpty()) {
                return false;
            }
            if (want[i].equals("{path}")) {
                return true;
            }
            if (!(want[i].startsWith("{") || want[i].equals(got[i]))) {
                return false;
            }
        }
        return want.length == got.length;
    }
}
