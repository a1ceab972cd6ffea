package io.farmroutes.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Thread-safe record of every request an emulator received, faulted or not. */
public final class RequestLedger {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    void record(RecordedRequest request) {
        requests.add(request);
    }

    public int count() {
        return requests.size();
    }

    /** Requests to this path (without query), e.g. {@code /lookup_account.php}. */
    public int count(String path) {
        return (int) requests.stream().filter(r -> r.path().equals(path)).count();
    }

    /** A snapshot, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }
}
