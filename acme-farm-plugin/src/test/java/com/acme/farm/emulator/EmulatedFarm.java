package com.acme.farm.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The farm's state behind the emulator: jobs by id and the rules Acme applies to them. Rendering advances by
 * steps, never by time: every {@code stepEvery}-th read request moves each started job one step, right after it
 * was answered, so a run never depends on the machine's speed.
 */
final class EmulatedFarm {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<String> STATES = Set.of("draft", "queued", "rendering", "done", "error", "cancelled");

    private final Map<String, EmulatedJob> jobs = new LinkedHashMap<>();
    private final Set<Integer> failOnFirstRender = new TreeSet<>();
    private int stepEvery = 1;
    private long reads;
    private int nextId = 1;

    synchronized void failOnFirstRender(Set<Integer> frameNumbers) {
        failOnFirstRender.clear();
        failOnFirstRender.addAll(frameNumbers);
    }

    synchronized void stepEvery(int readRequests) {
        if (readRequests < 1) {
            throw new IllegalArgumentException("stepEvery must be at least 1");
        }
        this.stepEvery = readRequests;
    }

    /**
     * Computes an answer; for a read, every stepEvery-th one then moves the started jobs a step. Both happen
     * under one lock, so no other request sees the farm between an answer and the step it caused: a client
     * that polls alone sees every state in turn.
     */
    synchronized <T> T atomically(boolean read, Supplier<T> answer) {
        try {
            return answer.get();
        } finally {
            if (read && ++reads % stepEvery == 0) {
                step();
            }
        }
    }

    /** Moves every started job one step, by hand. */
    synchronized void step() {
        jobs.values().stream().filter(EmulatedJob::isStarted).forEach(EmulatedJob::step);
    }

    synchronized List<Map<String, Object>> list(String state) {
        if (state != null && !STATES.contains(state)) {
            throw new EmulatorError(400, "invalid_request", "unknown state '" + state + "'");
        }
        List<Map<String, Object>> newestFirst = new ArrayList<>();
        for (EmulatedJob job : jobs.values()) {
            if (state == null || job.state().equals(state)) {
                newestFirst.add(0, job.toJson());
            }
        }
        return newestFirst;
    }

    synchronized Map<String, Object> create(Map<String, Object> body) {
        Object name = body.get("name");
        if (!(name instanceof String text) || text.isBlank()) {
            throw new EmulatorError(400, "invalid_request", "name is required");
        }
        int start = integer(body, "frameStart", 1);
        int end = integer(body, "frameEnd", start);
        if (start < 0 || end < start) {
            throw new EmulatorError(400, "invalid_request", "frameEnd must not be before frameStart");
        }
        String id = "job-" + nextId++;
        String createdAt = EPOCH.plusSeconds(nextId).toString();
        Object scene = body.get("scene");
        EmulatedJob job = new EmulatedJob(id, text, scene == null ? null : scene.toString(), start, end, createdAt,
                failOnFirstRender);
        jobs.put(id, job);
        return job.toJson();
    }

    synchronized Map<String, Object> get(String id) {
        return job(id).toJson();
    }

    synchronized Map<String, Object> start(String id) {
        EmulatedJob job = job(id);
        if (job.state().equals("cancelled")) {
            throw new EmulatorError(409, "job_cancelled", "job " + id + " was cancelled");
        }
        job.start();
        return job.toJson();
    }

    synchronized Map<String, Object> cancel(String id) {
        EmulatedJob job = job(id);
        job.cancel();
        return job.toJson();
    }

    synchronized Map<String, Object> frames(String id) {
        return job(id).framesJson();
    }

    synchronized Map<String, Object> retry(String id, Map<String, Object> body) {
        EmulatedJob job = job(id);
        if (!(body.get("frameNumbers") instanceof List<?> raw) || raw.isEmpty()) {
            throw new EmulatorError(400, "invalid_request", "frameNumbers must be a non-empty list");
        }
        List<Integer> numbers = new ArrayList<>();
        for (Object n : raw) {
            if (!(n instanceof Integer number)) {
                throw new EmulatorError(400, "invalid_request", "frameNumbers must be whole numbers");
            }
            numbers.add(number);
        }
        List<Integer> refused = job.notRetryable(numbers);
        if (!refused.isEmpty()) {
            throw new EmulatorError(409, "frame_not_failed", "frames " + refused + " of " + id + " have not failed");
        }
        job.retry(numbers);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("jobId", id);
        answer.put("retried", numbers);
        return answer;
    }

    synchronized Map<Integer, Integer> attempts(String id) {
        return job(id).attempts();
    }

    synchronized String state(String id) {
        return job(id).state();
    }

    private EmulatedJob job(String id) {
        EmulatedJob job = jobs.get(id);
        if (job == null) {
            throw new EmulatorError(404, "not_found", "no job " + id);
        }
        return job;
    }

    private static int integer(Map<String, Object> body, String field, int fallback) {
        Object value = body.get(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer n) {
            return n;
        }
        throw new EmulatorError(400, "invalid_request", field + " must be a whole number");
    }
}
