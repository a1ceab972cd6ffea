package io.farmroutes.spi.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JdbcStateStore's guards that need no database: the table name, and a database that cannot be reached. */
class JdbcStateStoreTest {

    /** A data source whose every call fails as an unreachable server does. */
    private static DataSource unreachable() {
        return (DataSource) Proxy.newProxyInstance(JdbcStateStoreTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("connection refused", "08001", 0);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "state;drop table x", "state --", "a.b.c", "1state", "state-x", "\"state\"",
            "state ", "sch.", ".state", "st\u00e4te", "state\n"})
    void tableNamesThatAreNotPlainIdentifiersAreRefusedBeforeConnecting(String table) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JdbcStateStore(unreachable(), table));
        assertTrue(e.getMessage().contains("plain SQL identifier"), e.getMessage());
    }

    @Test
    void overlongIdentifiersAreRefused() {
        // PostgreSQL would silently truncate a longer name, so two long names could share one table.
        assertThrows(IllegalArgumentException.class, () -> new JdbcStateStore(unreachable(), "x".repeat(64)));
    }

    @Test
    void missingArgumentsAreRefused() {
        assertThrows(NullPointerException.class, () -> new JdbcStateStore(null));
        assertThrows(IllegalArgumentException.class, () -> new JdbcStateStore(unreachable(), null));
    }

    @Test
    void plainAndQualifiedNamesPassValidationAndFailOnlyAtTheDatabase() {
        for (String table : List.of(JdbcStateStore.DEFAULT_TABLE, "_t1", "Farm.State_2", "x".repeat(63))) {
            StateStoreException e = assertThrows(StateStoreException.class,
                    () -> new JdbcStateStore(unreachable(), table));
            assertEquals("createTable", e.getOperation());
            assertEquals(table, e.getTable());
            assertEquals(null, e.getNamespace());
            assertInstanceOf(SQLException.class, e.getCause());
            assertTrue(e.getMessage().contains("createTable") && e.getMessage().contains(table)
                    && e.getMessage().contains("08001"), e.getMessage());
            assertFalse(e.getMessage().contains("namespace"), e.getMessage());
        }
    }
}
