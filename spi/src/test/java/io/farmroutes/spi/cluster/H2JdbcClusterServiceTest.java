package io.farmroutes.spi.cluster;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** The cluster contract on an H2 in-memory database of its own per test. */
class H2JdbcClusterServiceTest extends JdbcClusterServiceContract {

    private final JdbcDataSource database = new JdbcDataSource();

    H2JdbcClusterServiceTest() {
        // DB_CLOSE_DELAY keeps the database while no node happens to hold a connection.
        database.setURL("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return database;
    }

    @Override
    protected String table() {
        return JdbcClusterService.DEFAULT_TABLE;
    }
}
