package io.farmroutes.reliability.crash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every delivery to the pipeline's completion and exhausted endpoints, one row each, in the pipeline's own
 * database: a crash between a delivery and the ledger's note of it shows up as a second row for the key.
 */
public final class OutcomeLog {

    private static final String TABLE = "crash_outcomes";

    private final DataSource database;

    public OutcomeLog(DataSource database) {
        this.database = database;
        execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id BIGSERIAL PRIMARY KEY, job_key VARCHAR(100) NOT NULL,"
                + " task_id VARCHAR(40), outcome VARCHAR(20) NOT NULL, recorded_at TIMESTAMP WITH TIME ZONE"
                + " DEFAULT CURRENT_TIMESTAMP)");
    }

    void record(String key, String taskId, String outcome) {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                     + " (job_key, task_id, outcome) VALUES (?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, taskId);
            insert.setString(3, outcome);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the outcome of " + key, e);
        }
    }

    /** How many times each key reached an endpoint with this outcome (COMPLETED or FAILED). */
    public Map<String, Integer> deliveries(String outcome) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT job_key, count(*) FROM " + TABLE
                     + " WHERE outcome = ? GROUP BY job_key")) {
            select.setString(1, outcome);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outcomes", e);
        }
        return counts;
    }

    private void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the outcome table", e);
        }
    }
}
