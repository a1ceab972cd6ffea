package io.farmroutes.spi.cluster;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database behind {@link JdbcClusterService} must give: one leader at a time, and a successor. */
abstract class JdbcClusterServiceContract {

    private static final String NAMESPACE = "watchers";
    // Short leases keep the tests quick; every wait below is bounded by several leases.
    private static final Duration LEASE = Duration.ofMillis(900);
    private static final Duration RENEW = Duration.ofMillis(150);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final List<AutoCloseable> started = new ArrayList<>();

    protected abstract DataSource dataSource();

    protected abstract String table();

    /** Clean-up that must wait until no node touches the database (JUnit runs subclasses' @AfterEach first). */
    protected void afterNodesStopped() {
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (AutoCloseable node : started) {
            node.close();
        }
        afterNodesStopped();
    }

    @Test
    void exactlyOneOfTwoNodesLeadsAndTheOtherKnowsWho() throws Exception {
        CamelClusterView a = node("a", dataSource()).getView(NAMESPACE);
        CamelClusterView b = node("b", dataSource()).getView(NAMESPACE);

        await(() -> leads(a) || leads(b), "a leader");
        CamelClusterView leader = leads(a) ? a : b;
        CamelClusterView follower = leader == a ? b : a;
        await(() -> follower.getLeader().map(CamelClusterMember::getId)
                .filter(leader.getLocalMember().getId()::equals).isPresent(), "the follower naming the leader");

        // Watch many renewals: the leadership must neither double nor move while both nodes are healthy.
        for (int sample = 0; sample < 40; sample++) {
            assertTrue(leads(leader), "the leader kept its lease (sample " + sample + ")");
            assertFalse(leads(follower), "the follower never leads alongside (sample " + sample + ")");
            Thread.sleep(RENEW.toMillis() / 3);
        }
    }

    @Test
    void whenTheLeaderStopsTheOtherNodeTakesOver() throws Exception {
        JdbcClusterService a = node("a", dataSource());
        JdbcClusterService b = node("b", dataSource());
        CamelClusterView viewA = a.getView(NAMESPACE);
        CamelClusterView viewB = b.getView(NAMESPACE);
        await(() -> leads(viewA) || leads(viewB), "a leader");
        JdbcClusterService leader = leads(viewA) ? a : b;
        CamelClusterView successor = leader == a ? viewB : viewA;

        leader.stop();

        assertFalse(leader.isLeader(NAMESPACE), "a stopped node does not lead");
        await(() -> leads(successor), "the other node taking over");
    }

    @Test
    void aLeaderThatLosesTheDatabaseStepsDownAndTheOtherTakesOverWhenTheLeaseRunsOut() throws Exception {
        SwitchableDataSource wayA = new SwitchableDataSource(dataSource());
        SwitchableDataSource wayB = new SwitchableDataSource(dataSource());
        CamelClusterView a = node("a", wayA).getView(NAMESPACE);
        CamelClusterView b = node("b", wayB).getView(NAMESPACE);
        await(() -> leads(a) || leads(b), "a leader");
        boolean aLed = leads(a);
        CamelClusterView leader = aLed ? a : b;
        CamelClusterView successor = aLed ? b : a;
        SwitchableDataSource leadersWay = aLed ? wayA : wayB;

        AtomicBoolean bothLed = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (leads(a) && leads(b)) {
                    bothLed.set(true);
                }
                Thread.onSpinWait();
            }
        });
        watcher.start();
        try {
            leadersWay.cut();
            await(() -> !leads(leader), "the cut-off leader stepping down");
            await(() -> leads(successor), "the other node taking over the expired lease");

            // Back on the database, the old leader finds the lease taken and follows.
            leadersWay.restore();
            await(() -> leader.getLeader().map(CamelClusterMember::getId)
                    .filter(successor.getLocalMember().getId()::equals).isPresent(), "the old leader following");
            assertFalse(leads(leader), "the old leader does not take the lease back");
        } finally {
            watcher.interrupt();
            watcher.join(PATIENCE.toMillis());
        }
        assertFalse(bothLed.get(), "two nodes led at the same moment");
    }

    @Test
    void aMasterRouteRunsOnlyOnTheLeaderAndMovesWhenItStops() throws Exception {
        Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
        CamelContext a = context("a", polls);
        CamelContext b = context("b", polls);

        await(() -> polls.get("a").get() + polls.get("b").get() > 0, "a first poll");
        String leader = polls.get("a").get() > 0 ? "a" : "b";
        String follower = leader.equals("a") ? "b" : "a";
        int before = polls.get(leader).get();
        await(() -> polls.get(leader).get() >= before + 5, "the leader polling on");
        assertEquals(0, polls.get(follower).get(), "the follower's master: route never ran");

        (leader.equals("a") ? a : b).stop();

        await(() -> polls.get(follower).get() > 0, "the follower's route starting after the leader stopped");
        assertNotEquals(leader, follower);
    }

    private CamelContext context(String node, Map<String, AtomicInteger> polls) throws Exception {
        polls.put(node, new AtomicInteger());
        CamelContext context = new DefaultCamelContext();
        context.addService(service(node, dataSource()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + NAMESPACE + ":timer:watch?period=50").routeId("watch")
                        .process(exchange -> polls.get(node).incrementAndGet());
            }
        });
        context.start();
        started.add(context);
        return context;
    }

    private JdbcClusterService node(String id, DataSource database) throws Exception {
        JdbcClusterService service = service(id, database);
        service.start();
        started.add(service::stop);
        return service;
    }

    private JdbcClusterService service(String id, DataSource database) {
        JdbcClusterService service = new JdbcClusterService(database);
        service.setNodeId(id);
        service.setTableName(table());
        service.setLeaseDuration(LEASE);
        service.setRenewInterval(RENEW);
        return service;
    }

    private static boolean leads(CamelClusterView view) {
        return view.getLocalMember().isLeader();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no " + what + " within " + PATIENCE);
            }
            Thread.sleep(10);
        }
    }
}
