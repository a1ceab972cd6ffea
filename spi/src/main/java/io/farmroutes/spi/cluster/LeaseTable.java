package io.farmroutes.spi.cluster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SQL behind leadership leases: one row per namespace naming its holder and when the lease ends. Every time
 * is the database's own (CURRENT_TIMESTAMP), so the nodes' clocks never have to agree. The same statements run
 * on H2 2.x and PostgreSQL.
 */
final class LeaseTable {

    // The table name is spliced into the SQL text, so only plain unquoted identifiers may pass.
    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    private static final String LEASE_END = "CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '0.001' SECOND";

    private final DataSource dataSource;
    private final String table;
    private final int queryTimeoutSeconds;
    private final String renewOrTakeOver;
    private final String insertIfAbsent;
    private final String currentHolder;
    private final String release;

    LeaseTable(DataSource dataSource, String table, Duration queryTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("lease table must be a plain SQL identifier, optionally"
                    + " schema-qualified (letters, digits, underscore): " + table);
        }
        this.table = table;
        // JDBC counts query timeouts in whole seconds; 0 would mean "wait for ever".
        this.queryTimeoutSeconds = (int) Math.max(1, (queryTimeout.toMillis() + 999) / 1000);
        // One statement renews the holder's own lease or takes over an expired one, so two nodes can never
        // both succeed on the same row: the database serialises the two UPDATEs.
        this.renewOrTakeOver = "UPDATE " + table + " SET holder = ?, expires_at = " + LEASE_END
                + " WHERE namespace = ? AND (holder = ? OR expires_at < CURRENT_TIMESTAMP)";
        this.insertIfAbsent = "INSERT INTO " + table + " (namespace, holder, expires_at) SELECT ?, ?, " + LEASE_END
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE namespace = ?)";
        this.currentHolder = "SELECT holder FROM " + table
                + " WHERE namespace = ? AND expires_at >= CURRENT_TIMESTAMP";
        this.release = "DELETE FROM " + table + " WHERE namespace = ? AND holder = ?";
    }

    String name() {
        return table;
    }

    void create() throws SQLException {
        String ddl = "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "namespace VARCHAR(200) NOT NULL PRIMARY KEY, "
                + "holder VARCHAR(200) NOT NULL, "
                + "expires_at TIMESTAMP WITH TIME ZONE NOT NULL)";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            statement.execute(ddl);
        } catch (SQLException e) {
            // Two nodes starting together can both pass IF NOT EXISTS on PostgreSQL; the loser sees a duplicate.
            if (!exists()) {
                throw e;
            }
        }
    }

    /** Renews the holder's lease, or takes the namespace over when its lease ran out or nobody held it. */
    boolean claim(String namespace, String holder, Duration lease) throws SQLException {
        int millis = Math.toIntExact(lease.toMillis());
        try (Connection connection = connect()) {
            if (update(connection, renewOrTakeOver, holder, millis, namespace, holder) == 1) {
                return true;
            }
            try {
                return update(connection, insertIfAbsent, namespace, holder, millis, namespace) == 1;
            } catch (SQLException e) {
                // Another node inserted the first row between our NOT EXISTS and our INSERT: it holds the lease.
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** Who holds an unexpired lease on the namespace, if anyone. */
    Optional<String> holder(String namespace) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(currentHolder)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            statement.setString(1, namespace);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Ends the holder's lease now, so that another node need not wait for it to run out. */
    void release(String namespace, String holder) throws SQLException {
        try (Connection connection = connect()) {
            update(connection, release, namespace, holder);
        }
    }

    private int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        // A pool may hand out connections with auto-commit off; each statement here must commit on its own.
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private boolean exists() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            statement.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        // SQLState class 23 is "integrity constraint violation" on every database.
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
