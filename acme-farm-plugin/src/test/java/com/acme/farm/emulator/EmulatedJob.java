package com.acme.farm.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One job of the emulated farm and its frames. Not thread-safe: {@link EmulatedFarm} guards it. Rendering moves
 * only when {@link #step()} is called, one frame per step, so every run goes through the same states.
 */
final class EmulatedJob {

    private final String id;
    private final String name;
    private final String scene;
    private final int frameStart;
    private final int frameEnd;
    private final String createdAt;
    private final Set<Integer> failOnFirstRender;
    /** Frame number to its state and attempt, in frame order. */
    private final TreeMap<Integer, Frame> frames = new TreeMap<>();
    private String state = "draft";

    EmulatedJob(String id, String name, String scene, int frameStart, int frameEnd, String createdAt,
                Set<Integer> failOnFirstRender) {
        this.id = id;
        this.name = name;
        this.scene = scene;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
        this.createdAt = createdAt;
        this.failOnFirstRender = Set.copyOf(failOnFirstRender);
        for (int n = frameStart; n <= frameEnd; n++) {
            frames.put(n, new Frame());
        }
    }

    /** A frame's stored state: queued, done, error or cancelled; rendering is derived for the next one in line. */
    private static final class Frame {
        String state = "queued";
        int attempt = 1;
    }

    String id() {
        return id;
    }

    String state() {
        return state;
    }

    boolean isStarted() {
        return !state.equals("draft");
    }

    /** Queues a draft job; starting a job that already started changes nothing, as on the real farm. */
    void start() {
        if (state.equals("draft")) {
            state = "queued";
        }
    }

    /** Cancels a job that is not finished; frames not rendered yet are dropped. */
    void cancel() {
        if (state.equals("done") || state.equals("cancelled")) {
            return;
        }
        state = "cancelled";
        frames.values().stream().filter(f -> f.state.equals("queued")).forEach(f -> f.state = "cancelled");
    }

    /** One step of rendering: a queued job begins, a rendering job renders its next frame. */
    void step() {
        if (state.equals("queued")) {
            state = "rendering";
            return;
        }
        if (!state.equals("rendering")) {
            return;
        }
        Map.Entry<Integer, Frame> next = nextQueued();
        if (next != null) {
            Frame frame = next.getValue();
            frame.state = frame.attempt == 1 && failOnFirstRender.contains(next.getKey()) ? "error" : "done";
        }
        if (nextQueued() == null) {
            state = count("error") > 0 ? "error" : "done";
        }
    }

    private Map.Entry<Integer, Frame> nextQueued() {
        return frames.entrySet().stream().filter(e -> e.getValue().state.equals("queued")).findFirst().orElse(null);
    }

    /** Which of these frames cannot be retried (unknown, or not failed); empty when all can. */
    List<Integer> notRetryable(List<Integer> numbers) {
        List<Integer> refused = new ArrayList<>();
        for (Integer n : numbers) {
            Frame frame = frames.get(n);
            if (frame == null || !frame.state.equals("error")) {
                refused.add(n);
            }
        }
        return refused;
    }

    /** Queues failed frames for another attempt; the job renders again. */
    void retry(List<Integer> numbers) {
        for (Integer n : numbers) {
            Frame frame = frames.get(n);
            frame.state = "queued";
            frame.attempt++;
        }
        if (state.equals("error") || state.equals("done")) {
            state = "rendering";
        }
    }

    private long count(String frameState) {
        return frames.values().stream().filter(f -> f.state.equals(frameState)).count();
    }

    /** How many times each frame was sent to render: 1, plus one per retry. */
    Map<Integer, Integer> attempts() {
        Map<Integer, Integer> attempts = new LinkedHashMap<>();
        frames.forEach((n, f) -> attempts.put(n, f.attempt));
        return attempts;
    }

    /** The job as Acme writes it; {@code region} is a field the client's model does not declare. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", name);
        json.put("scene", scene);
        json.put("state", state);
        json.put("frameStart", frameStart);
        json.put("frameEnd", frameEnd);
        json.put("framesTotal", frames.size());
        json.put("framesDone", count("done"));
        json.put("framesFailed", count("error"));
        json.put("createdAt", createdAt);
        json.put("region", "eu-west");
        return json;
    }

    /** The frame list as Acme writes it: the job once, then every frame with its state and attempt. */
    Map<String, Object> framesJson() {
        Map.Entry<Integer, Frame> inLine = state.equals("rendering") ? nextQueued() : null;
        List<Map<String, Object>> list = new ArrayList<>();
        frames.forEach((n, f) -> {
            Map<String, Object> frame = new LinkedHashMap<>();
            frame.put("number", n);
            frame.put("state", inLine != null && inLine.getKey().equals(n) ? "rendering" : f.state);
            frame.put("attempt", f.attempt);
            list.add(frame);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobId", id);
        json.put("frames", list);
        return json;
    }
}
