package io.farmroutes.spi.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import io.farmroutes.sandbox.postgres.PostgresBinaries;
import io.farmroutes.sandbox.postgres.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL a test class runs on: the one {@value #URL_VARIABLE} names (a JDBC URL with user and password),
 * else a throwaway {@link PostgresServer} (binaries from Maven Central) for the class's lifetime. Without either the class is
 * skipped, unless {@value #REQUIRED_VARIABLE}=true makes that a failure (for CI, where a skip would hide a gap).
 */
public final class LocalPostgres implements BeforeAllCallback, AfterAllCallback {

    public static final String URL_VARIABLE = "FARMROUTES_TEST_POSTGRES_URL";
    public static final String REQUIRED_VARIABLE = "FARMROUTES_TEST_POSTGRES_REQUIRED";

    private final AtomicInteger schemas = new AtomicInteger();
    // Test runs sharing one configured database must not meet in each other's schemas.
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> credentials = new ArrayList<>();
    private PGSimpleDataSource dataSource;
    private PostgresServer cluster;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        PGSimpleDataSource source = new PGSimpleDataSource();
        String url = System.getenv(URL_VARIABLE);
        String where;
        if (url != null && !url.isBlank()) {
            source.setURL(url);
            where = "from " + URL_VARIABLE;
        } else {
            String unavailable = PostgresServer.unavailableReason().orElse(null);
            if (unavailable != null) {
                String message = "no PostgreSQL for " + context.getDisplayName() + ": " + unavailable
                        + "; set " + URL_VARIABLE + " or " + PostgresBinaries.BIN_VARIABLE;
                if (Boolean.parseBoolean(System.getenv(REQUIRED_VARIABLE))) {
                    throw new IllegalStateException(message);
                }
                // Surefire neither counts nor explains a class aborted before its first test: say it here.
                System.out.println("[LocalPostgres] SKIPPED " + message);
                Assumptions.abort(message);
            }
            cluster = PostgresServer.start();
            source.setServerNames(new String[] {"127.0.0.1"});
            source.setPortNumbers(new int[] {cluster.port()});
            source.setDatabaseName("postgres");
            source.setUser(cluster.user());
            source.setPassword(cluster.password());
            credentials.add(cluster.user());
            where = "throwaway cluster on 127.0.0.1:" + cluster.port() + " in " + cluster.directory()
                    + ", run as " + cluster.owner();
        }
        if (source.getPassword() != null) {
            credentials.add(source.getPassword());
        }
        dataSource = source;
        try (Connection connection = source.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            System.out.println("[LocalPostgres] " + context.getDisplayName() + " runs on "
                    + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", " + where);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (cluster != null) {
            cluster.close();
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The user and password the tests connect with, which nothing they print may contain. */
    public List<String> credentials() {
        return List.copyOf(credentials);
    }

    /** A new empty schema, so that each test has tables of its own. */
    public String createSchema() {
        String schema = "test_" + run + "_" + schemas.incrementAndGet();
        sql("CREATE SCHEMA " + schema);
        return schema;
    }

    public void dropSchema(String schema) {
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void sql(String statementText) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            throw new IllegalStateException(statementText + " failed", e);
        }
    }
}
