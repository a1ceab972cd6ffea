package com.acme.farm.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small Acme Cloud Render API on 127.0.0.1 and an ephemeral port, for tests: the v1 job and frame
 * operations, a bearer-token check, Acme's error envelope, frames that render one per step (see
 * {@link #stepEvery}), frames that fail on their first render, injected failures, and a count of the requests
 * by path.
 */
public final class AcmeEmulator implements AutoCloseable {

    private static final Pattern JOB = Pattern.compile("/v1/jobs/([^/]+)");
    private static final Pattern JOB_ACTION = Pattern.compile("/v1/jobs/([^/]+)/(start|cancel|frames|frames/retry)");

    private final ObjectMapper json = new ObjectMapper();
    private final EmulatedFarm farm = new EmulatedFarm();
    private final RequestLedger ledger = new RequestLedger();
    private final AtomicInteger requestIds = new AtomicInteger();
    private final AtomicInteger faultsLeft = new AtomicInteger();
    private volatile int faultStatus;
    private volatile boolean faultAsPage;
    private final String accessKey;
    private final HttpServer server;
    private final ExecutorService workers;

    private AcmeEmulator(String accessKey) throws IOException {
        this.accessKey = accessKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "acme-emulator");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts an emulator that accepts this access key as its only bearer token. */
    public static AcmeEmulator start(String accessKey) {
        try {
            return new AcmeEmulator(accessKey);
        } catch (IOException e) {
            throw new IllegalStateException("the Acme emulator could not listen on 127.0.0.1", e);
        }
    }

    /** For example {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    /** Jobs created from now on fail these frames on their first render and render them on a retry. */
    public AcmeEmulator failOnFirstRender(Integer... frameNumbers) {
        farm.failOnFirstRender(Set.copyOf(Arrays.asList(frameNumbers)));
        return this;
    }

    /** Started jobs move one step after every this many read (GET) requests; 1 by default. */
    public AcmeEmulator stepEvery(int readRequests) {
        farm.stepEvery(readRequests);
        return this;
    }

    /** Moves every started job one step now, whatever the requests. */
    public void step() {
        farm.step();
    }

    /** The next {@code times} authenticated requests are answered with this status and an Acme error envelope. */
    public void failNext(int times, int status) {
        fault(times, status, false);
    }

    /** As {@link #failNext}, with an HTML page instead of an envelope, as a gateway in front of Acme would. */
    public void failNextWithPage(int times, int status) {
        fault(times, status, true);
    }

    private void fault(int times, int status, boolean asPage) {
        faultStatus = status;
        faultAsPage = asPage;
        faultsLeft.set(times);
    }

    /** A job created directly in the farm, without a request; its id. */
    public String seedJob(String name, int frameStart, int frameEnd) {
        return (String) farm.create(Map.of("name", name, "frameStart", frameStart, "frameEnd", frameEnd)).get("id");
    }

    /** Starts a job directly in the farm, without a request. */
    public void seedStart(String jobId) {
        farm.start(jobId);
    }

    /** Every request received. */
    public int requests() {
        return ledger.count();
    }

    /** Requests to a path ({@code /v1/jobs}) or to a method and path ({@code POST /v1/jobs}). */
    public int requests(String pathOrMethodAndPath) {
        return ledger.count(pathOrMethodAndPath);
    }

    /** How many times each frame of the job was sent to render (1, plus one per retry), by frame number. */
    public Map<Integer, Integer> attempts(String jobId) {
        return farm.attempts(jobId);
    }

    /** The job's state in Acme's words. */
    public String state(String jobId) {
        return farm.state(jobId);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            ledger.record(method, path);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!("Bearer " + accessKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                // the answer never repeats what was sent: a wrong key may be a real one misplaced
                error(exchange, new EmulatorError(401, "unauthorized", "missing or invalid access key"));
                return;
            }
            if (faultsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                injectedFault(exchange);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Answer answer;
            try {
                answer = farm.atomically(method.equals("GET"), () -> route(method, path, query, body));
            } catch (EmulatorError e) {
                error(exchange, e);
                return;
            }
            send(exchange, answer.status(), json.writeValueAsBytes(answer.body()), "application/json");
        }
    }

    private record Answer(int status, Object body) {
    }

    private Answer route(String method, String path, String rawQuery, byte[] body) {
        if (path.equals("/v1/jobs")) {
            return switch (method) {
                case "GET" -> new Answer(200, Map.of("jobs", farm.list(query(rawQuery).get("state"))));
                case "POST" -> new Answer(201, farm.create(object(body)));
                default -> throw notAllowed(method, path);
            };
        }
        Matcher job = JOB.matcher(path);
        if (job.matches()) {
            if (!method.equals("GET")) {
                throw notAllowed(method, path);
            }
            return new Answer(200, farm.get(job.group(1)));
        }
        Matcher action = JOB_ACTION.matcher(path);
        if (action.matches()) {
            String id = action.group(1);
            String verb = action.group(2).equals("frames") ? "GET" : "POST";
            if (!method.equals(verb)) {
                throw notAllowed(method, path);
            }
            return new Answer(200, switch (action.group(2)) {
                case "start" -> farm.start(id);
                case "cancel" -> farm.cancel(id);
                case "frames" -> farm.frames(id);
                default -> farm.retry(id, object(body));
            });
        }
        throw new EmulatorError(404, "no_route", "no operation at " + path);
    }

    private static EmulatorError notAllowed(String method, String path) {
        return new EmulatorError(405, "method_not_allowed", method + " is not allowed on " + path);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(byte[] body) {
        if (body.length == 0) {
            return Map.of();
        }
        try {
            Object parsed = json.readValue(body, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (IOException e) {
            // answered below like any other body that is not an object
        }
        throw new EmulatorError(400, "invalid_request", "the body must be a JSON object");
    }

    private static Map<String, String> query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(kv -> decode(kv[0]), kv -> kv.length > 1 ? decode(kv[1]) : "",
                        (first, second) -> second, LinkedHashMap::new));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void injectedFault(HttpExchange exchange) throws IOException {
        if (faultAsPage) {
            send(exchange, faultStatus, "<html><body><h1>Bad gateway</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8), "text/html");
        } else {
            error(exchange, new EmulatorError(faultStatus, "unavailable", "the farm is busy, try again"));
        }
    }

    private void error(HttpExchange exchange, EmulatorError e) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        send(exchange, e.status(), envelope(error), "application/json");
    }

    private byte[] envelope(Map<String, Object> error) throws JsonProcessingException {
        return json.writeValueAsBytes(Map.of("error", error));
    }

    private void send(HttpExchange exchange, int status, byte[] payload, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("X-Request-Id", "req-" + requestIds.incrementAndGet());
        exchange.sendResponseHeaders(status, payload.length == 0 ? -1 : payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }
}
