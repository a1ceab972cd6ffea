package com.acme.farm.emulator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How many requests arrived, by path, whatever became of them (refused ones included). */
final class RequestLedger {

    private final ConcurrentHashMap<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    void record(String method, String path) {
        total.incrementAndGet();
        byPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        byPath.computeIfAbsent(method + " " + path, p -> new AtomicInteger()).incrementAndGet();
    }

    int count() {
        return total.get();
    }

    /** Requests to this path, e.g. {@code /v1/jobs}, or to this method and path, e.g. {@code POST /v1/jobs}. */
    int count(String key) {
        AtomicInteger n = byPath.get(key);
        return n == null ? 0 : n.get();
    }
}
