package io.farmroutes.sandbox.renderfarmfi;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Adjustable behaviour of the Renderfarm.fi emulator; a change applies from the next request on. */
public final class RenderfarmFiSettings {

    private volatile Duration timestampWindow = Duration.ofMinutes(5);
    private volatile Clock clock = Clock.systemUTC();
    private volatile TokenReplyFormat tokenReplyFormat = TokenReplyFormat.FORM;
    private volatile boolean sampleQuirks;
    private volatile boolean proseFieldNames;

    /** How far {@code oauth_timestamp} may be from the emulator's clock, either way, before it is refused. */
    public RenderfarmFiSettings timestampWindow(Duration window) {
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("timestampWindow must not be negative: " + window);
        }
        this.timestampWindow = window;
        return this;
    }

    public Duration timestampWindow() {
        return timestampWindow;
    }

    /** The emulator's one clock: timestamps are checked against it and new sessions are stamped with it. */
    public RenderfarmFiSettings clock(Clock newClock) {
        this.clock = Objects.requireNonNull(newClock, "clock");
        return this;
    }

    public Clock clock() {
        return clock;
    }

    /** How oauth.requestToken, oauth.accessToken and oauth.logout write their replies and problems. */
    public RenderfarmFiSettings tokenReplyFormat(TokenReplyFormat format) {
        this.tokenReplyFormat = Objects.requireNonNull(format, "format");
        return this;
    }

    public TokenReplyFormat tokenReplyFormat() {
        return tokenReplyFormat;
    }

    /**
     * When true, XML-RPC replies imitate the hand-written samples of the method pages (spec §8): a prolog
     * declaring utf-16 over UTF-8 bytes, comments closed by {@code --!} without '>', empty structs written as
     * {@code <value></struct></value>}, a stray empty {@code <member>}, and {@code shortDescription}.
     */
    public RenderfarmFiSettings sampleQuirks(boolean on) {
        this.sampleQuirks = on;
        return this;
    }

    public boolean sampleQuirks() {
        return sampleQuirks;
    }

    /** When true (and sample quirks off), summaries say {@code sessionShortDescription}, as the prose does. */
    public RenderfarmFiSettings proseFieldNames(boolean on) {
        this.proseFieldNames = on;
        return this;
    }

    public boolean proseFieldNames() {
        return proseFieldNames;
    }

    /** The member name of a session summary's description under the current settings. */
    String shortDescriptionMember() {
        return proseFieldNames && !sampleQuirks ? "sessionShortDescription" : "shortDescription";
    }

    /** An independent copy. */
    public RenderfarmFiSettings copy() {
        RenderfarmFiSettings copy = new RenderfarmFiSettings();
        copy.copyFrom(this);
        return copy;
    }

    void copyFrom(RenderfarmFiSettings other) {
        timestampWindow = other.timestampWindow;
        clock = other.clock;
        tokenReplyFormat = other.tokenReplyFormat;
        sampleQuirks = other.sampleQuirks;
        proseFieldNames = other.proseFieldNames;
    }

    @Override
    public String toString() {
        return "RenderfarmFiSettings[timestampWindow=" + timestampWindow + ", clock=" + clock + ", tokenReplyFormat="
                + tokenReplyFormat + ", sampleQuirks=" + sampleQuirks + ", proseFieldNames=" + proseFieldNames + "]";
    }
}
