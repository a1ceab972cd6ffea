package io.farmroutes.spi.testing;

import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.Set;

/**
 * A catalog operation as a test reaches it.
 *
 * @param uriBase     the URI without options, in the test's component naming (e.g. {@code flamenco:job/list})
 * @param label       how refusals must name the endpoint (e.g. {@code renderfarm:job/list?provider=flamenco})
 * @param fromPath    parameters the URI path itself supplies (they cannot be missing or mistyped as options)
 * @param headerPrefix header names carrying parameters start with this, e.g. {@code CamelBoinc.}
 */
public record EndpointUnderTest(String uriBase, String label, OperationDescriptor operation, Set<String> fromPath,
                                String headerPrefix) {

    public EndpointUnderTest {
        fromPath = Set.copyOf(fromPath);
    }
}
