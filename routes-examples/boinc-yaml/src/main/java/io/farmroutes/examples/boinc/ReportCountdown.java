package io.farmroutes.examples.boinc;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Calls back once a route has finished a given number of exchanges, failed ones included. Unlike
 * {@code camel.main.duration-max-messages}, it does not count the parts a split makes of an exchange.
 */
final class ReportCountdown extends EventNotifierSupport {

    private final String routeId;
    private final int exchanges;
    private final Runnable done;
    private final AtomicInteger finished = new AtomicInteger();

    ReportCountdown(String routeId, int exchanges, Runnable done) {
        this.routeId = routeId;
        this.exchanges = exchanges;
        this.done = done;
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeCompletedEvent || event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((ExchangeEvent) event).getExchange();
        // A split's parts come from the same route too; they carry the id of the exchange they belong to
        // (which, after the split, carries its own id).
        String partOf = exchange.getProperty(ExchangePropertyKey.CORRELATION_ID, String.class);
        boolean whole = partOf == null || partOf.equals(exchange.getExchangeId());
        if (whole && routeId.equals(exchange.getFromRouteId()) && finished.incrementAndGet() == exchanges) {
            done.run();
        }
    }
}
