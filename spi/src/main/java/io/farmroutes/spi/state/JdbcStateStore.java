package io.farmroutes.spi.state;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A {@link StateStore} in one SQL table that every node on the same database shares (H2 2.x, PostgreSQL 15+). */
public final class JdbcStateStore implements StateStore {

    public static final String DEFAULT_TABLE = "farmroutes_state";

    // The table name is spliced into the SQL text, so only plain unquoted identifiers may pass.
    private static final Pattern TABLE_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    // put goes round again only when another node removes the row between its UPDATE and its INSERT.
    private static final int PUT_ATTEMPTS = 10;

    private final DataSource dataSource;
    private final String table;
    private final String database;
    private final String select;
    private final String selectNamespace;
    private final String insert;
    private final String update;
    private final String compareAndSet;
    private final String delete;

    public JdbcStateStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** Connects once to create the table when it is absent, so a misconfigured database fails here, not mid-route. */
    public JdbcStateStore(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("state store table must be a plain SQL identifier, optionally"
                    + " schema-qualified (letters, digits, underscore): " + table);
        }
        this.table = table;
        String row = " WHERE namespace = ? AND state_key = ?";
        this.select = "SELECT state_value FROM " + table + row;
        this.selectNamespace = "SELECT state_key, state_value FROM " + table + " WHERE namespace = ?";
        this.insert = "INSERT INTO " + table + " (namespace, state_key, state_value, updated_at)"
                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)";
        this.update = "UPDATE " + table + " SET state_value = ?, updated_at = CURRENT_TIMESTAMP" + row;
        this.compareAndSet = update + " AND state_value = ?";
        this.delete = "DELETE FROM " + table + row;
        this.database = call("createTable", null, this::createTable);
    }

    private String createTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        // VARCHAR without a length holds any text on PostgreSQL (but U+0000) and 10^9 characters on H2, and
        // unlike a CLOB both compare it with =, which replace needs. WITH TIME ZONE: nodes may sit in other zones.
        String ddl = "CREATE TABLE IF NOT EXISTS " + table + " ("
                + "namespace VARCHAR(200) NOT NULL, "
                + "state_key VARCHAR(400) NOT NULL, "
                + "state_value VARCHAR NOT NULL, "
                + "updated_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                + "PRIMARY KEY (namespace, state_key))";
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            // Two nodes starting together can both pass IF NOT EXISTS (PostgreSQL then reports a duplicate
            // type or table); losing that race is fine as long as the table is there now.
            if (!tableExists(connection)) {
                throw e;
            }
        }
        return product;
    }

    private boolean tableExists(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet ignored = statement.executeQuery("SELECT namespace FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Optional<String> get(String namespace, String key) {
        requireRow(namespace, key);
        return call("get", namespace, connection -> {
            try (PreparedStatement statement = prepare(connection, select, namespace, key);
                 ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public void put(String namespace, String key, String value) {
        requireRow(namespace, key);
        Objects.requireNonNull(value, "value");
        call("put", namespace, connection -> {
            for (int attempt = 1; ; attempt++) {
                if (execute(connection, update, value, namespace, key) > 0) {
                    return null;
                }
                try {
                    execute(connection, insert, namespace, key, value);
                    return null;
                } catch (SQLException e) {
                    // Another node inserted the key since our UPDATE: update its row instead.
                    if (!isDuplicateKey(e) || attempt == PUT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        });
    }

    @Override
    public boolean putIfAbsent(String namespace, String key, String value) {
        requireRow(namespace, key);
        Objects.requireNonNull(value, "value");
        return call("putIfAbsent", namespace, connection -> {
            // The primary key decides between racing nodes; a SELECT first would let two of them both win.
            try {
                execute(connection, insert, namespace, key, value);
                return true;
            } catch (SQLException e) {
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public boolean replace(String namespace, String key, String expected, String value) {
        requireRow(namespace, key);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(value, "value");
        // One conditional UPDATE: the database re-checks the value under the row lock, so a racer sees 0 rows.
        return call("replace", namespace,
                connection -> execute(connection, compareAndSet, value, namespace, key, expected) == 1);
    }

    @Override
    public void remove(String namespace, String key) {
        requireRow(namespace, key);
        call("remove", namespace, connection -> execute(connection, delete, namespace, key));
    }

    @Override
    public Map<String, String> entries(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        return call("entries", namespace, connection -> {
            Map<String, String> entries = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, selectNamespace, namespace);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    entries.put(result.getString(1), result.getString(2));
                }
            }
            return Map.copyOf(entries);
        });
    }

    /** The table, and the database product and version as its driver names them (never the URL or user). */
    @Override
    public String toString() {
        return "JdbcStateStore[" + table + " on " + database + "]";
    }

    private static void requireRow(String namespace, String key) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(key, "key");
    }

    // Class 23 is an integrity violation; with every column guarded against null, only the primary key is left.
    private static boolean isDuplicateKey(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLIntegrityConstraintViolationException || (state != null && state.startsWith("23"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, String... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static int execute(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private <T> T call(String operation, String namespace, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            // A pool may hand out connections with auto-commit off; every call here is one committed step.
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new StateStoreException(operation, namespace, table, e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
