package io.farmroutes.sandbox.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @Test
    void theBundledBinariesStartAServerThatTakesSqlAndLeavesNothingBehind() throws Exception {
        Path folder;
        try (PostgresServer server = PostgresServer.start()) {
            folder = server.directory();
            server.createDatabase("scratch");
            try (Connection connection = server.dataSource("scratch").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (n int)");
                statement.execute("INSERT INTO t VALUES (41), (1)");
                try (ResultSet rows = statement.executeQuery("SELECT sum(n), current_setting('listen_addresses') FROM t")) {
                    assertTrue(rows.next());
                    assertEquals(42, rows.getInt(1));
                    assertEquals("127.0.0.1", rows.getString(2));
                }
            }
            assertTrue(server.jdbcUrl("scratch").startsWith("jdbc:postgresql://127.0.0.1:" + server.port()));
            assertFalse(server.toString().contains(server.password()));
        }
        assertFalse(Files.exists(folder));
    }

    @Test
    void withoutAnOverrideTheBinariesComeFromTheClasspath() {
        Assumptions.assumeTrue(System.getenv(PostgresBinaries.BIN_VARIABLE) == null, "binaries overridden");
        Path bin = PostgresBinaries.locate().orElseThrow();
        assertTrue(bin.toString().contains("farmroutes-postgres"), bin.toString());
    }
}
