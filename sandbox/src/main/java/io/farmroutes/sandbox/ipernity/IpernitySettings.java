package io.farmroutes.sandbox.ipernity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Adjustable behaviour of the ipernity emulator; changes apply from the next request on. */
public final class IpernitySettings {

    private volatile Duration processingTime = Duration.ofSeconds(30);
    private volatile long maxUploadBytes = 200L * 1024 * 1024;
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile int rateLimitCode = 113;

    /** How long an upload takes to become a document; ETAs count down from it. */
    public IpernitySettings processingTime(Duration time) {
        this.processingTime = time;
        return this;
    }

    public Duration processingTime() {
        return processingTime;
    }

    /** Uploads larger than this are refused with error 2. */
    public IpernitySettings maxUploadBytes(long bytes) {
        this.maxUploadBytes = bytes;
        return this;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** The next {@code calls} requests are answered with error 113 (client IP rate limit). */
    public IpernitySettings rateLimitNext(int calls) {
        return rateLimitNext(calls, 113);
    }

    /** The next {@code calls} requests are answered with this code (112 quota, 113 rate limit, 503 …). */
    public IpernitySettings rateLimitNext(int calls, int code) {
        this.rateLimitCode = code;
        rateLimited.set(calls);
        return this;
    }

    /** Takes one rate-limited answer, if any are left; the code to answer, or 0. */
    int takeRateLimit() {
        return rateLimited.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? rateLimitCode : 0;
    }

    IpernitySettings snapshot() {
        IpernitySettings copy = new IpernitySettings();
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(IpernitySettings other) {
        this.processingTime = other.processingTime;
        this.maxUploadBytes = other.maxUploadBytes;
        this.rateLimitCode = other.rateLimitCode;
        this.rateLimited.set(other.rateLimited.get());
    }
}
