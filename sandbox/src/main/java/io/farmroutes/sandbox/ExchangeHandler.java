package io.farmroutes.sandbox;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adapts one httpcore exchange to the emulator model: record, inject faults, route, write. */
final class ExchangeHandler implements HttpRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeHandler.class);

    private final Router router;
    private final RequestLedger ledger;
    private final Faults faults;

    ExchangeHandler(Router router, RequestLedger ledger, Faults faults) {
        this.router = router;
        this.ledger = ledger;
        this.faults = faults;
    }

    @Override
    public void handle(ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context)
            throws HttpException, IOException {
        EmulatorRequest in = toEmulatorRequest(request);
        Instant at = Instant.now();
        ledger.record(in.path(), () -> new RecordedRequest(in.method(), in.path(), in.rawQuery(), in.headers(),
                in.body(), at));

        Faults.Plan plan = faults.plan();
        sleep(plan.latency());
        if (plan.drop()) {
            throw new ConnectionDropped();
        }
        EmulatorResponse out = plan.serverError() ? serviceUnavailable() : routeSafely(in);
        if (out.isDropConnection() || (plan.loseReply() && !plan.serverError())) {
            throw new ConnectionDropped();
        }
        if (!plan.stall().isZero() && !plan.serverError()) {
            sleep(plan.stall());
            throw new ConnectionDropped();
        }
        if (plan.truncate() && out.bodyLength() > 0) {
            out = out.withBody(out.contentType(), Arrays.copyOf(out.bodyUnsafe(), out.bodyLength() / 2));
        }
        write(out, response);
    }

    private EmulatorResponse routeSafely(EmulatorRequest in) {
        try {
            EmulatorResponse out = router.route(in);
            return out == null ? EmulatorResponse.notFound() : out;
        } catch (RuntimeException e) {
            LOG.warn("handler failed for {}", in, e);
            return EmulatorResponse.serverError();
        }
    }

    private static EmulatorResponse serviceUnavailable() {
        return EmulatorResponse.status(503).withBody(EmulatorResponse.HTML_UTF8,
                "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>\n"
                        + "<h1>Service Unavailable</h1>\n</body></html>\n");
    }

    private static void write(EmulatorResponse out, ClassicHttpResponse response) {
        response.setCode(out.status());
        for (Map.Entry<String, String> h : out.headers()) {
            response.addHeader(h.getKey(), h.getValue());
        }
        // Set the header ourselves: httpcore would re-format a ContentType ("text/xml; charset=UTF-8").
        if (out.contentType() != null) {
            response.setHeader("Content-Type", out.contentType());
        }
        // httpcore refuses a 204 or 304 that encloses an entity, even an empty one
        if (out.bodyLength() > 0 || (out.status() != 204 && out.status() != 304)) {
            response.setEntity(new ByteArrayEntity(out.bodyUnsafe(), null));
        }
    }

    private static EmulatorRequest toEmulatorRequest(ClassicHttpRequest request) throws IOException {
        String uri = request.getRequestUri();
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? "" : uri.substring(q + 1);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : request.getHeaders()) {
            headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        headers.replaceAll((k, v) -> List.copyOf(v));
        HttpEntity entity = request.getEntity();
        byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
        return new EmulatorRequest(request.getMethod(), path, query, headers, body);
    }

    private static void sleep(Duration latency) throws IOException {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionDropped();
        }
    }

    /** Thrown to make httpcore close the connection without writing a reply. */
    static final class ConnectionDropped extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectionDropped() {
            super("connection dropped by the emulator");
        }
    }
}
