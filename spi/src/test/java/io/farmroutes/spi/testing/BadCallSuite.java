package io.farmroutes.spi.testing;

import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.DynamicNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The dynamic tests of one component's bad-parameter run: a container of planned calls per endpoint, then a
 * summary that prints the tally and requires every planned call to have been refused before any request.
 */
public final class BadCallSuite {

    private BadCallSuite() {
    }

    /**
     * @param module           the name the summary line carries
     * @param operations       the endpoints under test
     * @param target           how each operation is addressed (URI, label, parameters taken from the path)
     * @param requestsReceived the emulator's request count, which no bad call may move
     * @param secrets          values no exception may contain
     */
    public static Stream<DynamicNode> of(String module, Collection<OperationDescriptor> operations,
                                         Function<OperationDescriptor, EndpointUnderTest> target,
                                         ProducerTemplate template, IntSupplier requestsReceived,
                                         Collection<String> secrets) {
        BadCallTally tally = new BadCallTally(module);
        BadCallPlanner planner = new BadCallPlanner(tally);
        BadCallRunner runner = new BadCallRunner(template, requestsReceived, secrets, tally);
        List<DynamicNode> nodes = new ArrayList<>();
        for (OperationDescriptor op : operations) {
            List<BadCall> calls = planner.plan(target.apply(op));
            tally.endpoint(calls.size());
            nodes.add(dynamicContainer(op.endpoint(), calls.stream()
                    .map(call -> dynamicTest(call.displayName(), () -> runner.run(call)))));
        }
        nodes.add(dynamicTest("summary", () -> {
            System.out.println("[bad-parameters] " + tally.summary());
            assertEquals(tally.plannedCount(), tally.refusedCount(), tally.summary());
        }));
        return nodes.stream();
    }
}
