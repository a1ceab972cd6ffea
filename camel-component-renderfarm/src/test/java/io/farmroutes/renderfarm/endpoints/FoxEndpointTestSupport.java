package io.farmroutes.renderfarm.endpoints;

import io.farmroutes.renderfarm.FoxTestSupport;
import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.fox.FoxCatalog;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.TaskView;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the endpoint tests share: reading the requests the emulator recorded, waiting (boundedly) for the
 * emulator's simulated rendering, and one check run after every test on every request that reached the
 * emulator: signed, JSON, on a catalog path, and free of the values Fox bodies must never carry.
 */
abstract class FoxEndpointTestSupport extends FoxTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADER = RenderfarmConstants.HEADER_PREFIX;

    /** Upper bounds for every wait on the simulation: frames of the test emulator render in 100 ms. */
    static final int MAX_POLLS = 200;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    static final long POLL_MILLIS = 25;

    // ---- the recorded requests ------------------------------------------------------------------------------

    /** The one request the emulator received at this path during the test. */
    RecordedRequest onlyRequest(String path) {
        List<RecordedRequest> sent = requests(path);
        assertEquals(1, sent.size(), () -> "requests to " + path + ": " + sent);
        return sent.get(0);
    }

    /** The latest request the emulator received at this path. */
    RecordedRequest lastRequest(String path) {
        List<RecordedRequest> sent = requests(path);
        assertFalse(sent.isEmpty(), () -> "no request reached " + path);
        return sent.get(sent.size() - 1);
    }

    /** Paths of every request of the test, oldest first. */
    List<String> requestedPaths() {
        return emulator().ledger().requests().stream().map(RecordedRequest::path).toList();
    }

    static JsonNode body(RecordedRequest request) {
        try {
            return JSON.readTree(request.bodyText());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + request.bodyText(), e);
        }
    }

    /** The body as a tree, to compare with {@link #json(String)}. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Field names of a JSON object, sorted. */
    static Set<String> keys(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<Long> longs(JsonNode array) {
        assertTrue(array.isArray(), () -> "not an array: " + array);
        List<Long> out = new ArrayList<>();
        array.forEach(n -> {
            assertTrue(n.isIntegralNumber(), () -> "not a whole number: " + n + " in " + array);
            out.add(n.longValue());
        });
        return out;
    }

    static List<String> texts(JsonNode array) {
        assertTrue(array.isArray(), () -> "not an array: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> {
            assertTrue(n.isTextual(), () -> "not text: " + n + " in " + array);
            out.add(n.textValue());
        });
        return out;
    }

    /** A header's first value, its name matched without regard to case. */
    static String header(RecordedRequest request, String name) {
        return request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst().orElse(null);
    }

    /** Message headers from name/value pairs, each name given the CamelRenderfarm. prefix. */
    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(HEADER + pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    // ---- typed calls ------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    <T> Page<T> page(String uri, Map<String, Object> headers) {
        return call(uri, null, headers, Page.class);
    }

    <T> Page<T> page(String uri) {
        return page(uri, Map.of());
    }

    @SuppressWarnings("unchecked")
    <T> List<T> list(String uri, Map<String, Object> headers) {
        return call(uri, null, headers, List.class);
    }

    <T> List<T> list(String uri) {
        return list(uri, Map.of());
    }

    /** task/info of one task, through Camel. */
    TaskInfo taskInfo(long taskId) {
        Page<TaskInfo> page = page("renderfarm:task/info?taskIds=" + taskId);
        assertEquals(1, page.items().size(), () -> "task/info of " + taskId + ": " + page);
        return page.items().get(0);
    }

    /** Polls task/info (at most {@link #MAX_POLLS} times, {@link #MAX_WAIT} long) until the status matches. */
    TaskInfo awaitTask(long taskId, IntPredicate status, String what) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        TaskInfo last = null;
        for (int poll = 0; poll < MAX_POLLS && System.nanoTime() < deadline; poll++) {
            last = taskInfo(taskId);
            if (last.taskStatus() != null && status.test(last.taskStatus())) {
                return last;
            }
            pause();
        }
        return fail("task " + taskId + " did not become " + what + " within " + MAX_POLLS + " polls / " + MAX_WAIT
                + "; last seen " + last);
    }

    /** Polls the emulator's own view of a task (same bounds) until the condition holds. */
    TaskView awaitView(long taskId, Predicate<TaskView> condition, String what) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        TaskView last = null;
        for (int poll = 0; poll < MAX_POLLS && System.nanoTime() < deadline; poll++) {
            last = emulator().state().task(taskId);
            if (condition.test(last)) {
                return last;
            }
            pause();
        }
        return fail("task " + taskId + " did not reach '" + what + "' within " + MAX_POLLS + " polls / " + MAX_WAIT
                + "; last seen " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drains an iterator (bounded, in case it never ends). */
    static <T> List<T> drain(Iterator<?> iterator, int atMost) {
        List<T> out = new ArrayList<>();
        while (iterator.hasNext()) {
            @SuppressWarnings("unchecked")
            T next = (T) iterator.next();
            out.add(next);
            assertTrue(out.size() <= atMost, "the iterator gave more than " + atMost + " items");
        }
        return out;
    }

    /** The frame of a task with this frame number, as the emulator sees it. */
    TaskView.FrameView frame(long taskId, String frameIndex) {
        return emulator().state().task(taskId).frames().stream().filter(f -> f.frameIndex().equals(frameIndex))
                .findFirst().orElseThrow(() -> new AssertionError("task " + taskId + " has no frame " + frameIndex));
    }

    // ---- checks on every request of every test ---------------------------------------------------------------

    @AfterEach
    void everyRequestWasASignedJsonPostWithoutBooleansNullsOrFloats() {
        Set<String> catalogPaths = FoxCatalog.catalog().operations().stream().map(OperationDescriptor::path)
                .collect(Collectors.toSet());
        for (RecordedRequest r : emulator().ledger().requests()) {
            assertEquals("POST", r.method(), r::toString);
            assertTrue(catalogPaths.contains(r.path()), () -> r + " is not the path of a catalog operation");
            assertEquals("", r.query(), () -> r + ": Fox never uses a query string");
            assertEquals("application/json", header(r, "Content-Type"), r::toString);
            for (String signed : List.of("accessId", "channel", "platform", "UTCTimestamp", "nonce", "version",
                    "signature", "languageFlag")) {
                String value = header(r, signed);
                assertTrue(value != null && !value.isEmpty(), () -> r + " lacks the header " + signed);
            }
            assertTrue(header(r, "UTCTimestamp").matches("\\d{10}"), () -> r + ": UTCTimestamp is not in seconds");
            assertTrue(header(r, "nonce").matches("\\d+"), () -> r + ": nonce is not decimal");
            JsonNode body = body(r);
            assertTrue(body.isObject(), () -> r + ": the body is not a JSON object: " + r.bodyText());
            assertSignable(body, r.path());
        }
    }

    private static void assertSignable(JsonNode node, String where) {
        assertFalse(node.isBoolean() || node.isNull() || node.isFloatingPointNumber(),
                () -> where + " carries " + node + ", which Fox bodies must never hold");
        node.fields().forEachRemaining(e -> assertSignable(e.getValue(), where + " " + e.getKey()));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSignable(node.get(i), where + "[" + i + "]");
            }
        }
    }
}
