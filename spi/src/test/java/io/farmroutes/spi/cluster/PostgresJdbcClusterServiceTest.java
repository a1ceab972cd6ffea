package io.farmroutes.spi.cluster;

import io.farmroutes.spi.testing.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The cluster contract on a real PostgreSQL (see {@link LocalPostgres}), in a schema of its own per test. */
class PostgresJdbcClusterServiceTest extends JdbcClusterServiceContract {

    @RegisterExtension
    static final LocalPostgres POSTGRES = new LocalPostgres();

    private final String schema = POSTGRES.createSchema();

    @Override
    protected DataSource dataSource() {
        return POSTGRES.dataSource();
    }

    @Override
    protected String table() {
        return schema + "." + JdbcClusterService.DEFAULT_TABLE;
    }

    @Test
    void itsDescriptionCarriesNoCredentials() {
        JdbcClusterService service = new JdbcClusterService(dataSource());
        for (String secret : POSTGRES.credentials()) {
            assertFalse(service.toString().contains(secret), "toString shows a credential");
        }
    }

    @Override
    protected void afterNodesStopped() {
        POSTGRES.dropSchema(schema);
    }
}
