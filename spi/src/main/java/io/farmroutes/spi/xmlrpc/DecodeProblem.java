package io.farmroutes.spi.xmlrpc;

/**
 * Why a decoding attempt failed, before the codec turns it into an {@link XmlRpcFormatException} with the
 * source and an excerpt. Malformed text may be worth a repaired second attempt; a refusal (a DTD, a limit,
 * undecodable bytes) never is.
 */
final class DecodeProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean repairable;

    private DecodeProblem(String problem, boolean repairable) {
        // no stack trace: fuzzed input produces these by the thousand and the message says everything
        super(problem, null, false, false);
        this.repairable = repairable;
    }

    /** The text is not well-formed or not shaped like XML-RPC; the tolerant repairs may help. */
    static DecodeProblem malformed(String problem) {
        return new DecodeProblem(problem, true);
    }

    /** The body is hostile, too large or undecodable; repairs cannot and must not change that. */
    static DecodeProblem refused(String problem) {
        return new DecodeProblem(problem, false);
    }

    /** The same problem with the parser's position added, for the reader of the error message. */
    DecodeProblem at(int line, int column) {
        if (line < 1) {
            return this;
        }
        return new DecodeProblem(getMessage() + " (line " + line + ", column " + column + ")", repairable);
    }

    boolean isRepairable() {
        return repairable;
    }
}
