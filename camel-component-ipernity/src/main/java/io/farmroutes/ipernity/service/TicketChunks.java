package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.ipernity.IpernityException;
import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.error.FarmException;
import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** upload/checkTickets for any number of tickets: one call per 50, one after the other, answers merged. */
final class TicketChunks implements CompositeOperation<IpernityConfiguration> {

    private static final String LABEL = "ipernity:" + IpernityCatalog.CHECK_TICKETS;

    private final OperationDescriptor checkTickets;

    TicketChunks(OperationDescriptor checkTickets) {
        this.checkTickets = checkTickets;
    }

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, IpernityConfiguration config,
                                         OperationInvoker<IpernityConfiguration> invoker) {
        @SuppressWarnings("unchecked")
        List<String> tickets = new ArrayList<>(new LinkedHashSet<>((List<String>) parameters.get("tickets")));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i += IpernityCatalog.TICKETS_PER_CALL) {
            chunks.add(tickets.subList(i, Math.min(tickets.size(), i + IpernityCatalog.TICKETS_PER_CALL)));
        }
        // sequential, not parallel: the service rate-limits per client address
        CompletableFuture<List<TicketReport>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (List<String> chunk : chunks) {
            Map<String, Object> call = new LinkedHashMap<>(parameters);
            call.put("tickets", List.copyOf(chunk));
            all = all.thenCompose(reports -> invoker.send(checkTickets, call, config)
                    .thenApply(report -> {
                        reports.add((TicketReport) report);
                        return reports;
                    }));
        }
        return all.<Object>thenApply(TicketReport::merge).exceptionally(failure -> {
            FarmException error = OperationEngine.asFarmException(failure, LABEL);
            throw error instanceof IpernityException ie ? ie.attributedTo(LABEL, "upload.checkTickets") : error;
        });
    }
}
