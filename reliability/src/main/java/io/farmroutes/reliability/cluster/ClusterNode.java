package io.farmroutes.reliability.cluster;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.spi.cluster.JdbcClusterService;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * One node of a two-node cluster, run as a child JVM by the reliability tests: clustered Quartz ticks and a
 * single-leader farm watcher on a shared PostgreSQL. Prints {@value #READY} once it runs; stops on SIGTERM.
 */
public final class ClusterNode {

    static final String READY = "CLUSTER NODE READY";
    // Every node names its context alike: camel-quartz finds the context for a fired trigger by this name.
    static final String CONTEXT_NAME = "farm";
    static final String TICK_CRON = "0/3 * * * * ?";
    // A dead leader's lease runs out within 3 s and a follower tries every 0.5 s: a takeover within 2 ticks.
    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration RENEW = Duration.ofMillis(500);
    private static final long WATCH_MILLIS = 500;

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        NodeSettings settings = NodeSettings.from(args, System.getenv());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(settings.jdbcUrl());
        dataSource.setUser(settings.dbUser());
        dataSource.setPassword(settings.dbPassword());
        ClusterSchema.prepare(dataSource);

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(CONTEXT_NAME);
        context.addService(clusterService(settings, dataSource));
        QuartzComponent quartz = new QuartzComponent();
        quartz.setSchedulerFactory(ClusteredQuartz.schedulerFactory(dataSource));
        context.addComponent("quartz", quartz);
        context.addComponent("renderfarm", farm(settings));
        context.addRoutes(new ClusterRoutes(settings.nodeId(), dataSource, TICK_CRON, WATCH_MILLIS));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            stopped.countDown();
        }, "cluster-node-shutdown"));
        context.start();
        System.out.println(READY + " " + settings);
        stopped.await();
    }

    private static JdbcClusterService clusterService(NodeSettings settings, PGSimpleDataSource dataSource) {
        JdbcClusterService service = new JdbcClusterService(dataSource);
        service.setNodeId(settings.nodeId());
        service.setLeaseDuration(LEASE);
        service.setRenewInterval(RENEW);
        return service;
    }

    private static RenderfarmComponent farm(NodeSettings settings) {
        RenderfarmComponent component = new RenderfarmComponent();
        RenderfarmConfiguration config = component.getConfiguration();
        config.setDomain(settings.foxDomain());
        config.setProtocol("http");
        config.setAccessId(settings.foxAccessId());
        config.setAccessKey(settings.foxAccessKey());
        config.setPlatform(settings.foxPlatform());
        return component;
    }
}
