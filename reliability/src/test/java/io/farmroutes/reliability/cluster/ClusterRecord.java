package io.farmroutes.reliability.cluster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the nodes wrote to the shared database: ticks, polls, and who holds the watchers' lease. */
final class ClusterRecord {

    record Tick(Instant scheduled, Instant fired, String node) {
    }

    record Poll(Instant at, String node) {
    }

    private final DataSource dataSource;

    ClusterRecord(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Tick> ticks() throws SQLException {
        List<Tick> ticks = new ArrayList<>();
        query("SELECT scheduled_at, fired_at, node FROM " + ClusterSchema.TICKS + " ORDER BY scheduled_at, fired_at",
                rows -> ticks.add(new Tick(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant(),
                        rows.getString(3))));
        return ticks;
    }

    List<Poll> polls() throws SQLException {
        List<Poll> polls = new ArrayList<>();
        query("SELECT polled_at, node FROM " + ClusterSchema.POLLS + " ORDER BY polled_at",
                rows -> polls.add(new Poll(rows.getTimestamp(1).toInstant(), rows.getString(2))));
        return polls;
    }

    Optional<String> watcherLeader() throws SQLException {
        List<String> holders = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT holder FROM farmroutes_cluster_lease"
                     + " WHERE namespace = ? AND expires_at >= CURRENT_TIMESTAMP")) {
            statement.setString(1, ClusterRoutes.WATCHERS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    holders.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            // The lease table appears with the first node's cluster service.
            return Optional.empty();
        }
        return holders.stream().findFirst();
    }

    /** The database's clock, the one every recorded time comes from. */
    Instant now() throws SQLException {
        Instant[] now = new Instant[1];
        query("SELECT CURRENT_TIMESTAMP", rows -> now[0] = rows.getTimestamp(1).toInstant());
        return now[0];
    }

    private void query(String sql, RowReader reader) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }
}
