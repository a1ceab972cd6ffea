package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.spi.state.StateStore;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A pipeline's memory in the {@link StateStore}: its requests by key, the tasks it has in flight, and its failed
 * frames. Every change is a conditional write on the value read, so concurrent writers never both win.
 */
final class PipelineLedger {

    /** Conditional writes lost in a row before giving up: contention beyond this means something is wrong. */
    private static final int MAX_CONFLICTS = 50;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final StateStore store;
    private final String jobs;
    private final String inFlight;
    private final String frames;

    PipelineLedger(StateStore store, String pipeline) {
        this.store = store;
        String prefix = "farmroutes.pipeline." + pipeline + ".";
        this.jobs = prefix + "jobs";
        this.inFlight = prefix + "inflight";
        // one namespace per task: progress and finish read one task's frames, never the whole pipeline's
        this.frames = prefix + "frames.";
    }

    /** A value as read, with the exact text a conditional write must match. */
    record Read<T>(T value, String text) {
    }

    Optional<Read<JobRecord>> job(String key) {
        return store.get(jobs, key).map(text -> new Read<>(parse(text, JobRecord.class), text));
    }

    /** Takes the key for this caller; false when it was taken before (the request is a duplicate). */
    boolean claim(String key, JobRecord record) {
        return store.putIfAbsent(jobs, key, write(record));
    }

    /** Moves the request on, only if it is still as read; false when someone else moved it first. */
    boolean advance(String key, Read<JobRecord> read, JobRecord next) {
        return store.replace(jobs, key, read.text(), write(next));
    }

    Map<String, JobRecord> jobs() {
        Map<String, JobRecord> all = new TreeMap<>();
        store.entries(jobs).forEach((key, text) -> all.put(key, parse(text, JobRecord.class)));
        return all;
    }

    /** The tasks to watch: submitted and not yet finished. */
    List<String> inFlightTaskIds() {
        return new ArrayList<>(new TreeSet<>(store.entries(inFlight).keySet()));
    }

    Optional<String> jobKeyOf(String taskId) {
        return store.get(inFlight, taskId);
    }

    void track(String taskId, String key) {
        store.put(inFlight, taskId, key);
    }

    void untrack(String taskId) {
        store.remove(inFlight, taskId);
    }

    Optional<Read<FrameRecord>> frame(String taskId, String frameId) {
        return store.get(frames + taskId, frameId).map(text -> new Read<>(parse(text, FrameRecord.class), text));
    }

    boolean addFrame(FrameRecord record) {
        return store.putIfAbsent(frames + record.taskId(), record.frameId(), write(record));
    }

    boolean replaceFrame(Read<FrameRecord> read, FrameRecord next) {
        return store.replace(frames + next.taskId(), next.frameId(), read.text(), write(next));
    }

    /** The failed frames the pipeline remembers of the tasks it has in flight (the only ones with work left). */
    List<Read<FrameRecord>> frames() {
        List<Read<FrameRecord>> all = new ArrayList<>();
        for (String taskId : inFlightTaskIds()) {
            store.entries(frames + taskId).forEach((key, text) -> all.add(new Read<>(parse(text, FrameRecord.class),
                    text)));
        }
        return all;
    }

    List<FrameRecord> framesOf(String taskId) {
        List<FrameRecord> found = new ArrayList<>();
        store.entries(frames + taskId).forEach((key, text) -> found.add(parse(text, FrameRecord.class)));
        return found;
    }

    /**
     * Applies {@code change} to the frame's record until a conditional write succeeds; the change returns null
     * to leave the record as it is. Returns the record written, or empty when nothing was written.
     */
    Optional<FrameRecord> updateFrame(String taskId, String frameId, UnaryOperator<FrameRecord> change,
                                      FrameRecord absent) {
        for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
            Optional<Read<FrameRecord>> read = frame(taskId, frameId);
            FrameRecord next = change.apply(read.map(Read::value).orElse(absent));
            if (next == null) {
                return Optional.empty();
            }
            boolean written = read.isPresent() ? replaceFrame(read.get(), next) : addFrame(next);
            if (written) {
                return Optional.of(next);
            }
        }
        throw new IllegalStateException("frame " + frameId + " of task " + taskId + " kept changing under "
                + MAX_CONFLICTS + " attempts to update it");
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state store holds a " + type.getSimpleName()
                    + " this version cannot read", e);
        }
    }
}
