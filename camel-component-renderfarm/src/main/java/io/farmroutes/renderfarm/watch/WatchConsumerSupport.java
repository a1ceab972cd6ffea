package io.farmroutes.renderfarm.watch;

import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.render.RenderTask;
import io.farmroutes.spi.state.StateStore;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * What both watchers share: the tasks to look at, the memory of what was emitted (in the state store, so a
 * restart with a persistent store does not emit it again), and emission. A change is remembered only once
 * its exchange was processed without error, so a failed exchange is emitted again on the next poll.
 */
abstract class WatchConsumerSupport extends ScheduledPollConsumer {

    /** Remembered values: {@code normalized|native|changeKey}. */
    private static final String SEPARATOR = "|";

    private final RenderfarmEndpoint endpoint;
    private Set<RenderStatus> statuses;
    private List<String> taskIds;

    WatchConsumerSupport(RenderfarmEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        // bad options fail at route start, not at the first poll
        statuses = endpoint.watchedStatuses();
        taskIds = endpoint.watchedTaskIds();
        super.doStart();
    }

    RenderfarmEndpoint endpoint() {
        return endpoint;
    }

    StateStore store() {
        return endpoint.stateStore();
    }

    String namespace(String part) {
        return "renderfarm.watch." + endpoint.getWatchId() + "." + part;
    }

    RenderOperations operations() {
        return endpoint.renderOperations();
    }

    /** The watched tasks: the source's, else the configured ids, else every task the account lists. */
    Iterator<RenderTask> tasks() {
        WatchTaskSource source = endpoint.getWatchTaskSource();
        List<String> ids = source != null ? List.copyOf(source.taskIds()) : taskIds;
        if (source == null && ids.isEmpty()) {
            return operations().tasks();
        }
        if (ids.isEmpty()) {
            return Collections.emptyIterator();
        }
        return OperationEngine.await(operations().status(ids), endpoint.label()).iterator();
    }

    boolean wanted(RenderStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    static String remembered(RenderStatus status, String nativeStatus, String changeKey) {
        return status.name() + SEPARATOR + nativeStatus + SEPARATOR + changeKey;
    }

    /** Puts the old statuses into the headers, when there was an old state. */
    static void previous(Optional<String> before, Map<String, Object> headers) {
        before.ifPresent(value -> {
            String[] parts = value.split("\\|", 3);
            headers.put(RenderfarmConstants.OLD_STATUS, RenderStatus.valueOf(parts[0]));
            if (parts.length > 1) {
                headers.put(RenderfarmConstants.OLD_NATIVE_STATUS, parts[1]);
            }
        });
    }

    /** Sends one change through the route; true when it was processed without error. */
    boolean emit(Object body, Map<String, Object> headers) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getMessage().getHeaders().putAll(headers);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean processed = exchange.getException() == null;
        if (!processed) {
            getExceptionHandler().handleException("Error processing a change from " + endpoint.label()
                    + "; it is emitted again on the next poll", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return processed;
    }
}
