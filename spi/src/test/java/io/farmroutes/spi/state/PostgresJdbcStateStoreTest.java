package io.farmroutes.spi.state;

import io.farmroutes.spi.testing.LocalPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.util.List;

/** The JDBC contract on a real PostgreSQL (see {@link LocalPostgres}), in a schema of its own for each test. */
class PostgresJdbcStateStoreTest extends JdbcStateStoreContract {

    @RegisterExtension
    static final LocalPostgres POSTGRES = new LocalPostgres();

    private final String schema = POSTGRES.createSchema();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }

    @Override
    protected String table() {
        return schema + "." + JdbcStateStore.DEFAULT_TABLE;
    }

    @Override
    protected String product() {
        return "PostgreSQL";
    }

    @Override
    protected List<String> credentials() {
        return POSTGRES.credentials();
    }

    @AfterEach
    void dropSchema() {
        POSTGRES.dropSchema(schema);
    }
}
