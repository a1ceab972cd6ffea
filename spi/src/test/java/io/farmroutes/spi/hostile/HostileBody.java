package io.farmroutes.spi.hostile;

import java.nio.charset.Charset;

/**
 * One generated answer: the bytes, the charset its Content-Type header claims (null when it names none), the
 * HTTP status, and where it came from so that a failure can be reproduced from the seed and the index.
 */
public record HostileBody(long seed, int index, String family, byte[] bytes, Charset headerCharset, int status) {

    /** Enough to regenerate and recognise the body in a failure message. */
    public String label() {
        return family + " #" + index + " (seed " + seed + ", " + bytes.length + " bytes, HTTP " + status + ")";
    }
}
