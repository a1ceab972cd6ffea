package io.farmroutes.benchmarks.tickets;

import io.farmroutes.ipernity.model.UploadTicket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.camel.ProducerTemplate;

/**
 * Uploads through {@code ipernity:upload/file} at a steady rate, like a pipeline publishing frames as they are
 * rendered: upload {@code i} is started {@code i / perSecond} seconds after the first (late ones go at once).
 */
final class PacedUploads {

    private static final byte[] FRAME = "frame bytes".getBytes(StandardCharsets.UTF_8);
    private static final int SENDERS = 4;

    private final int count;
    private final int perSecond;

    PacedUploads(int count, int perSecond) {
        this.count = count;
        this.perSecond = perSecond;
    }

    /** Runs the uploads, handing each ticket to {@code uploaded} as it arrives; all the tickets, in order. */
    List<String> run(ProducerTemplate template, Consumer<String> uploaded) throws Exception {
        ScheduledExecutorService senders = Executors.newScheduledThreadPool(SENDERS);
        try {
            List<Future<String>> tickets = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String uri = "ipernity:upload/file?fileName=frame-" + i + ".png";
                tickets.add(senders.schedule(() -> {
                    String ticket = template.requestBody(uri, FRAME, UploadTicket.class).ticket();
                    uploaded.accept(ticket);
                    return ticket;
                }, i * 1000L / perSecond, TimeUnit.MILLISECONDS));
            }
            long limit = Duration.ofSeconds(count / perSecond + 60L).toMillis();
            long deadline = System.currentTimeMillis() + limit;
            List<String> ids = new ArrayList<>(count);
            for (Future<String> ticket : tickets) {
                ids.add(ticket.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS));
            }
            if (Set.copyOf(ids).size() != count) {
                throw new IllegalStateException("the uploads returned " + Set.copyOf(ids).size()
                        + " distinct tickets for " + count + " uploads");
            }
            return ids;
        } finally {
            senders.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return count + " uploads at " + perSecond + " per second";
    }
}
