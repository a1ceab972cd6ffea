package io.farmroutes.spi.xmlrpc;

/** What one decoding pass has used of its {@link XmlRpcLimits}: values seen and the current nesting depth. */
final class ReadBudget {

    private final XmlRpcLimits limits;
    private int values;
    private int depth;

    ReadBudget(XmlRpcLimits limits) {
        this.limits = limits;
    }

    void countValue() throws DecodeProblem {
        if (++values > limits.maxValues()) {
            throw DecodeProblem.refused("more than " + limits.maxValues() + " values");
        }
    }

    void enterContainer() throws DecodeProblem {
        if (++depth > limits.maxDepth()) {
            throw DecodeProblem.refused("arrays and structs nested deeper than " + limits.maxDepth() + " levels");
        }
    }

    void leaveContainer() {
        depth--;
    }

    int maxStringLength() {
        return limits.maxStringLength();
    }
}
