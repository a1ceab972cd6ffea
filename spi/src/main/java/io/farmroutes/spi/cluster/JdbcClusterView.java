package io.farmroutes.spi.cluster;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One namespace of a {@link JdbcClusterService}: claims the namespace's lease every renew interval, and tells
 * Camel (e.g. {@code master:} consumers) whenever this node gains or loses the leadership.
 */
final class JdbcClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcClusterView.class);

    private final LeaseTable table;
    private final Duration lease;
    private final Duration renewInterval;
    private final String nodeId;
    private final LeaseMember localMember;
    // Guards the leadership transitions so that listeners hear them in the order they happened. Readers
    // (isLeader, getLeader) use the volatile fields without it: Camel calls them while holding its own locks.
    private final Object transitions = new Object();
    private volatile boolean leading;
    private volatile String leaderId;
    private long leadUntilNanos;
    private ScheduledExecutorService executor;

    JdbcClusterView(JdbcClusterService service, String namespace, LeaseTable table, Duration lease,
                    Duration renewInterval) {
        super(service, namespace);
        this.table = table;
        this.lease = lease;
        this.renewInterval = renewInterval;
        this.nodeId = service.getId();
        this.localMember = new LeaseMember(nodeId, true, () -> leading);
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        String leader = leaderId;
        if (leader == null) {
            return Optional.empty();
        }
        return Optional.of(leader.equals(nodeId) ? localMember : new LeaseMember(leader, false, () -> true));
    }

    /** The members this node knows of: itself and the current leader; followers leave no trace in the table. */
    @Override
    public List<CamelClusterMember> getMembers() {
        List<CamelClusterMember> members = new ArrayList<>(List.of(localMember));
        getLeader().filter(leader -> !leader.isLocal()).ifPresent(members::add);
        return members;
    }

    @Override
    protected void doStart() throws Exception {
        ScheduledThreadPoolExecutor threads = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "farmroutes-lease-" + getNamespace());
            thread.setDaemon(true);
            return thread;
        });
        threads.setRemoveOnCancelPolicy(true);
        executor = threads;
        executor.scheduleWithFixedDelay(this::claimRound, 0, renewInterval.toMillis(), TimeUnit.MILLISECONDS);
        // A claim can hang on a dead connection; this second thread steps down when the lease runs out anyway.
        long check = Math.max(10, renewInterval.toMillis() / 4);
        executor.scheduleAtFixedRate(this::stepDownIfLeaseRanOut, check, check, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(renewInterval.toMillis() * 2, TimeUnit.MILLISECONDS);
            executor = null;
        }
        if (leading) {
            try {
                table.release(getNamespace(), nodeId);
            } catch (SQLException e) {
                // The lease then simply runs out and another node takes over a little later.
                LOG.warn("Could not release the lease on {} for node {}: {}", getNamespace(), nodeId, e.toString());
            }
        }
        follow(null);
    }

    private void claimRound() {
        long started = System.nanoTime();
        try {
            boolean held = table.claim(getNamespace(), nodeId, lease);
            // Our own deadline starts before the database's, and ends a margin earlier, so this node always
            // stops leading before any other node may start.
            long until = started + lease.toNanos() - renewInterval.toNanos() / 2;
            if (held && System.nanoTime() - until < 0) {
                lead(until);
            } else {
                follow(held ? null : table.holder(getNamespace()).orElse(null));
            }
        } catch (SQLException | RuntimeException e) {
            // Fail safe: without the database we cannot know that the lease is still ours.
            if (leading) {
                LOG.warn("Node {} gives up the leadership of {}: the lease could not be renewed ({})", nodeId,
                        getNamespace(), e.toString());
            } else {
                LOG.debug("Node {} could not claim {}: {}", nodeId, getNamespace(), e.toString());
            }
            follow(null);
        }
    }

    private void stepDownIfLeaseRanOut() {
        synchronized (transitions) {
            if (leading && System.nanoTime() - leadUntilNanos >= 0) {
                LOG.warn("Node {} gives up the leadership of {}: no renewal within the lease", nodeId, getNamespace());
                changeLeader(false, null);
            }
        }
    }

    private void lead(long untilNanos) {
        synchronized (transitions) {
            leadUntilNanos = untilNanos;
            if (!leading) {
                LOG.info("Node {} leads {}", nodeId, getNamespace());
                changeLeader(true, nodeId);
            }
        }
    }

    private void follow(String otherLeader) {
        synchronized (transitions) {
            if (leading) {
                LOG.info("Node {} no longer leads {}", nodeId, getNamespace());
                changeLeader(false, otherLeader);
            } else if (!Objects.equals(leaderId, otherLeader)) {
                changeLeader(false, otherLeader);
            }
        }
    }

    private void changeLeader(boolean local, String leader) {
        leading = local;
        leaderId = leader;
        fireLeadershipChangedEvent(getLeader().orElse(null));
    }

    @Override
    public String toString() {
        return "JdbcClusterView[" + getNamespace() + ", node " + nodeId + (leading ? ", leader" : "") + "]";
    }
}
