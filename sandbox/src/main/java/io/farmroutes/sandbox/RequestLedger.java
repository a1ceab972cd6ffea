package io.farmroutes.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Thread-safe record of every request an emulator received, faulted or not. Counts are always kept; the
 * requests themselves can be left out ({@link #keepRequests(boolean)}) for runs of millions of calls.
 */
public final class RequestLedger {

    // appending must stay O(1): benchmarks send hundreds of thousands of requests through one emulator
    private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> perPath = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private volatile boolean keeping = true;

    void record(String path, Supplier<RecordedRequest> request) {
        total.increment();
        perPath.computeIfAbsent(path, p -> new LongAdder()).increment();
        if (keeping) {
            requests.add(request.get());
        }
    }

    /** Whether the requests themselves are kept (the default) or only counted. */
    public void keepRequests(boolean keep) {
        this.keeping = keep;
    }

    public int count() {
        return total.intValue();
    }

    /** Requests to this path (without query), e.g. {@code /lookup_account.php}. */
    public int count(String path) {
        LongAdder count = perPath.get(path);
        return count == null ? 0 : count.intValue();
    }

    /** A snapshot of the kept requests, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
        perPath.clear();
        total.reset();
    }
}
