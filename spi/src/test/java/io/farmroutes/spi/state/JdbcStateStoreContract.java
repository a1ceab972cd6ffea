package io.farmroutes.spi.state;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@link StateStoreContract} plus what only a shared database gives: restarts, several nodes, its errors. */
abstract class JdbcStateStoreContract extends StateStoreContract {

    private JdbcStateStore secondNode;

    protected abstract DataSource dataSource();

    /** The table this test's stores use. */
    protected abstract String table();

    /** What the driver calls the database product, as toString should show it. */
    protected abstract String product();

    /** Words that identify the connection's user or password, which toString must never show. */
    protected abstract List<String> credentials();

    @Override
    protected JdbcStateStore newStore() {
        return new JdbcStateStore(dataSource(), table());
    }

    // Half the racing threads go through a second store on the same table, as a second node would.
    @Override
    protected StateStore node(int index) {
        if (secondNode == null) {
            secondNode = newStore();
        }
        return index % 2 == 0 ? store : secondNode;
    }

    @Test
    void aNewStoreResumesWhatTheLastOneWrote() {
        store.put("pipeline-1", "task-a", "submitted");
        assertTrue(store.putIfAbsent("pipeline-1", "task-b", "submitted"));
        store.put("pipeline-2", "task-c", "done");

        StateStore restarted = newStore();
        assertEquals(Map.of("task-a", "submitted", "task-b", "submitted"), restarted.entries("pipeline-1"));
        assertFalse(restarted.putIfAbsent("pipeline-1", "task-b", "again"), "a claim survives the restart");
        assertTrue(restarted.replace("pipeline-2", "task-c", "done", "archived"));
        assertEquals(Optional.of("archived"), store.get("pipeline-2", "task-c"), "the old store sees the new write");
    }

    @Test
    void nodesStartingTogetherCreateTheTableOnce() throws Exception {
        String raceTable = table() + "_race";
        // Connections opened beforehand, so that the CREATE TABLE statements, not the logins, race.
        BlockingQueue<Connection> opened = new LinkedBlockingQueue<>();
        for (int i = 0; i < THREADS; i++) {
            opened.add(dataSource().getConnection());
        }
        DataSource preOpened = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return opened.remove();
                });
        try {
            List<String> started = race(i -> () -> new JdbcStateStore(preOpened, raceTable).toString());
            assertEquals(THREADS, started.size());
        } finally {
            for (Connection unused : opened) {
                unused.close();
            }
        }

        JdbcStateStore first = new JdbcStateStore(dataSource(), raceTable);
        JdbcStateStore second = new JdbcStateStore(dataSource(), raceTable);
        assertTrue(first.putIfAbsent("ns", "k", "first"));
        assertFalse(second.putIfAbsent("ns", "k", "later"));
        assertEquals(Optional.of("first"), second.get("ns", "k"));
        assertEquals(Map.of(), store.entries("ns"), "another table is another store");
    }

    @Test
    void errorsNameTheOperationAndNeverTheValue() throws SQLException {
        store.put("tasks", "k", "old");
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table());
        }
        String secret = "value-that-must-not-leak";
        StateStoreException e = assertThrows(StateStoreException.class, () -> store.put("tasks", "k", secret));
        assertEquals("put", e.getOperation());
        assertEquals("tasks", e.getNamespace());
        assertEquals(table(), e.getTable());
        assertTrue(e.getMessage().contains("put") && e.getMessage().contains("'tasks'")
                && e.getMessage().contains(table()), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());

        StateStoreException cas = assertThrows(StateStoreException.class,
                () -> store.replace("tasks", "k", "old", secret));
        assertEquals("replace", cas.getOperation());
        assertFalse(cas.getMessage().contains(secret) || cas.getMessage().contains("old"), cas.getMessage());
    }

    @Test
    void toStringNamesTableAndProductButNoCredentials() {
        String text = store.toString();
        assertTrue(text.contains(table()) && text.contains(product()), text);
        for (String credential : credentials()) {
            assertFalse(text.contains(credential), text);
        }
        assertFalse(text.contains("jdbc:"), text);
    }
}
