package io.farmroutes.reliability.cluster;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared tables: Quartz's job store (its own PostgreSQL script) and the ticks and polls the nodes record.
 * Whichever node starts first creates them; a PostgreSQL advisory lock makes the others wait instead of racing.
 */
final class ClusterSchema {

    static final String TICKS = "ticks";
    static final String POLLS = "polls";
    private static final String QUARTZ_SCRIPT = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";
    // Any constant both nodes agree on; it only names the lock.
    private static final long SCHEMA_LOCK = 0x4641524d53434845L;

    private ClusterSchema() {
    }

    static void prepare(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Session-level: held until unlocked or until the connection closes, even if this JVM dies.
            statement.execute("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
            try {
                if (!exists(statement, "qrtz_locks")) {
                    // The script begins with DROP TABLE IF EXISTS: run it only while no Quartz table exists.
                    for (String sql : quartzStatements()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("CREATE TABLE IF NOT EXISTS " + TICKS + " (scheduled_at TIMESTAMP WITH TIME ZONE"
                        + " NOT NULL, fired_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,"
                        + " node VARCHAR(100) NOT NULL)");
                statement.execute("CREATE TABLE IF NOT EXISTS " + POLLS + " (polled_at TIMESTAMP WITH TIME ZONE"
                        + " NOT NULL DEFAULT CURRENT_TIMESTAMP, node VARCHAR(100) NOT NULL)");
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
            }
        }
    }

    private static boolean exists(Statement statement, String table) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            return row.next() && row.getBoolean(1);
        }
    }

    /** The script's statements without its comments and its closing COMMIT (we run with auto-commit). */
    private static List<String> quartzStatements() throws IOException {
        String script;
        try (InputStream in = ClusterSchema.class.getClassLoader().getResourceAsStream(QUARTZ_SCRIPT)) {
            if (in == null) {
                throw new IOException(QUARTZ_SCRIPT + " is not on the class path (quartz jar missing?)");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                text.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String sql : text.toString().split(";")) {
            String trimmed = sql.strip();
            if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("COMMIT")) {
                statements.add(trimmed);
            }
        }
        return statements;
    }
}
