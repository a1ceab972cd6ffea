package io.farmroutes.reliability.cluster;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;

/**
 * The two kinds of work a clustered node does: a Quartz tick that must fire once per cluster, and a farm
 * watcher behind {@code master:} that must run on one node at a time. Both write down which node did it.
 */
final class ClusterRoutes extends RouteBuilder {

    static final String WATCHERS = "farm-watchers";
    // Route ids and the Quartz group/name are the same on every node: Quartz finds its trigger by them.
    private final String tickCron;
    private final long watchMillis;
    private final String nodeId;
    private final DataSource dataSource;

    ClusterRoutes(String nodeId, DataSource dataSource, String tickCron, long watchMillis) {
        this.nodeId = nodeId;
        this.dataSource = dataSource;
        this.tickCron = tickCron;
        this.watchMillis = watchMillis;
    }

    @Override
    public void configure() {
        from("quartz://farm/tick?cron=" + tickCron.replace(' ', '+'))
                .routeId("farm-tick")
                .process(this::recordTick);

        from("master:" + WATCHERS + ":timer:farm-watch?delay=0&period=" + watchMillis)
                .routeId("farm-watch")
                // Written before the farm call: the row marks the watcher running here, whatever the farm's latency.
                .process(exchange -> record("INSERT INTO " + ClusterSchema.POLLS + " (node) VALUES (?)"))
                .to("renderfarm:task/list");
    }

    private void recordTick(Exchange exchange) throws SQLException {
        // The scheduled time, not the actual one: a late or repeated firing of one tick must show as such.
        Date scheduled = exchange.getMessage().getHeader("scheduledFireTime", Date.class);
        if (scheduled == null) {
            throw new IllegalStateException("the Quartz exchange has no scheduledFireTime header");
        }
        record("INSERT INTO " + ClusterSchema.TICKS + " (scheduled_at, node) VALUES (?, ?)",
                new Timestamp(scheduled.getTime()));
    }

    private void record(String sql, Object... leading) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : leading) {
                statement.setObject(index++, value);
            }
            statement.setString(index, nodeId);
            statement.executeUpdate();
        }
    }
}
