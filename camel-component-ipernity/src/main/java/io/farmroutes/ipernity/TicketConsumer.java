package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.service.IpernityCatalog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * {@code from("ipernity:upload/checkTickets")}: follows the pending tickets of uploads made through the
 * component (and any named in the URI), never asks before the eta the service gave, never asks again about a
 * finished ticket, and emits each ticket once, as a {@link TicketStatus}, when it is done or invalid. Due
 * tickets are gathered into full requests of 50 for at most the endpoint's {@code batchWait}.
 */
final class TicketConsumer extends ScheduledPollConsumer {

    /** Header with the ticket id of an emitted status. */
    static final String TICKET_HEADER = IpernityConstants.HEADER_PREFIX + "ticket";
    /** Header with the new document's id of a done ticket. */
    static final String DOC_ID_HEADER = IpernityConstants.HEADER_PREFIX + "docId";
    /** Header set to true when the service did not know the ticket at all (error 1). */
    static final String UNKNOWN_HEADER = IpernityConstants.HEADER_PREFIX + "ticketUnknown";
    private static final Duration MIN_WAIT = Duration.ofSeconds(1);

    private final IpernityEndpoint endpoint;
    private final TicketBatches batches;

    TicketConsumer(IpernityEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.batches = new TicketBatches(IpernityCatalog.TICKETS_PER_CALL,
                Duration.ofMillis(Math.max(0, endpoint.getBatchWait())));
    }

    private String token() {
        Object uri = endpoint.getOperationParameters().get("authToken");
        return uri != null ? uri.toString() : endpoint.getConfiguration().getAuthToken();
    }

    private TicketTracker tracker() {
        return endpoint.getComponent().ticketTracker();
    }

    @Override
    protected void doStart() throws Exception {
        Object named = endpoint.getOperationParameters().get("tickets");
        if (named != null) {
            for (String ticket : named.toString().split(",")) {
                if (!ticket.isBlank()) {
                    tracker().track(token(), ticket.strip());
                }
            }
        }
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        String token = token();
        Instant now = Instant.now();
        List<String> due = batches.toAsk(tracker().due(token, now), now);
        if (due.isEmpty()) {
            return 0;
        }
        List<TicketStatus> statuses = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try {
            statuses.addAll(check(due).tickets());
        } catch (IpernityException e) {
            if (e.getCode() == null || e.getCode() != 1) {
                throw e;
            }
            // error 1 names no ticket: ask one by one to find the unknown ones
            for (String ticket : due) {
                try {
                    statuses.addAll(check(List.of(ticket)).tickets());
                } catch (IpernityException single) {
                    if (single.getCode() == null || single.getCode() != 1) {
                        throw single;
                    }
                    unknown.add(ticket);
                }
            }
        }
        // the service measured each eta while answering, before this instant: counting from here never asks
        // before the ticket is ready, and the tickets of one poll stay due together for the next full batch
        Instant answered = Instant.now();
        int emitted = 0;
        for (TicketStatus status : statuses) {
            if (status.pending()) {
                Duration wait = Duration.ofSeconds(Math.max(status.eta(), MIN_WAIT.toSeconds()));
                tracker().notBefore(token, status.id(), answered.plus(wait));
            } else {
                tracker().finish(token, status.id());
                emit(status, false);
                emitted++;
            }
        }
        for (String ticket : unknown) {
            tracker().finish(token, ticket);
            emit(new TicketStatus(ticket, false, true, null, 0, Map.of()), true);
            emitted++;
        }
        return emitted;
    }

    private TicketReport check(List<String> tickets) {
        Map<String, Object> parameters = new LinkedHashMap<>(endpoint.getOperationParameters());
        parameters.put("tickets", tickets);
        return (TicketReport) endpoint.engine().call(endpoint.endpointName(), parameters, endpoint.getConfiguration());
    }

    private void emit(TicketStatus status, boolean unknown) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(status);
            exchange.getMessage().setHeader(TICKET_HEADER, status.id());
            if (status.docId() != null) {
                exchange.getMessage().setHeader(DOC_ID_HEADER, status.docId());
            }
            if (unknown) {
                exchange.getMessage().setHeader(UNKNOWN_HEADER, true);
            }
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("error processing ticket " + status.id(), exchange,
                        exchange.getException());
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
