package io.farmroutes.spi.xmlrpc;

import io.farmroutes.spi.error.MalformedResponseException;

/**
 * An XML-RPC body or value that cannot be read: not well-formed, hostile, beyond a limit, or of the wrong
 * shape or type. The only exception the codec's decoding throws.
 */
public class XmlRpcFormatException extends MalformedResponseException {

    private final String problem;

    /**
     * @param source the endpoint or caller the body came from
     * @param problem what is wrong, in a few words
     * @param excerpt the beginning of the body, already shortened, or null
     */
    public XmlRpcFormatException(String source, String problem, String excerpt, Throwable cause) {
        super(source, "XML-RPC from " + source + " refused: " + problem, excerpt, cause);
        this.problem = problem;
    }

    /**
     * For a decoded value of the wrong type or shape.
     *
     * @param what names the value, for example {@code "session 413 title"}
     */
    public XmlRpcFormatException(String what, String problem) {
        super(null, what + ": " + problem, null, null);
        this.problem = problem;
    }

    /** What is wrong, without the source and the excerpt. */
    public String getProblem() {
        return problem;
    }
}
