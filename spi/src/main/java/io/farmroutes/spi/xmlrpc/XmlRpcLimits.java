package io.farmroutes.spi.xmlrpc;

/**
 * Bounds on what a decoded document may contain, so that a hostile or broken server cannot exhaust memory or
 * stack.
 *
 * @param maxDepth how deeply arrays and structs may nest inside one another (a flat struct is depth 1); also
 *                 the depth beyond which encoding refuses a value, which stops a self-containing collection
 * @param maxValues how many {@code <value>} elements one document may hold in total
 * @param maxStringLength the longest character content of any one element (a string, a base64 block, a name)
 */
public record XmlRpcLimits(int maxDepth, int maxValues, int maxStringLength) {

    /** Encoding recurses once per nesting level, so the depth is capped well below any thread's stack. */
    public static final int DEPTH_CEILING = 1_000;

    public XmlRpcLimits {
        if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + DEPTH_CEILING + ", not " + maxDepth);
        }
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues must be positive, not " + maxValues);
        }
        if (maxStringLength < 1) {
            throw new IllegalArgumentException("maxStringLength must be positive, not " + maxStringLength);
        }
    }

    /** 64 levels, one million values, 16 Mi characters per string: far beyond any real Renderfarm.fi answer. */
    public static XmlRpcLimits defaults() {
        return new XmlRpcLimits(64, 1_000_000, 16 * 1024 * 1024);
    }
}
