package com.acme.farm;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable frame range ({@code 1-250[1]}, {@code 1-250} or {@code 7}) as Acme takes it: first and last frame.
 * Acme renders every frame in between, so a step other than 1 is refused rather than silently ignored.
 */
record AcmeFrameRange(int start, int end) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*(?:\\[\\s*(\\d+)\\s*])?)?\\s*");

    static AcmeFrameRange parse(String frames, String endpoint) {
        Matcher m = RANGE.matcher(frames == null ? "" : frames);
        if (!m.matches()) {
            throw new InvalidParameterException(endpoint, "frames",
                    "must be start-end[step] or one frame number, got '" + frames + "'");
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        if (m.group(3) != null && Integer.parseInt(m.group(3)) != 1) {
            throw new InvalidParameterException(endpoint, "frames",
                    "has step " + m.group(3) + ", but Acme renders every frame of a range (step 1 only)");
        }
        if (end < start) {
            throw new InvalidParameterException(endpoint, "frames", "ends before it starts: '" + frames + "'");
        }
        return new AcmeFrameRange(start, end);
    }
}
