package io.farmroutes.spi.state;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** The JDBC contract on an in-memory H2 database of its own for each test, under the default table name. */
class H2JdbcStateStoreTest extends JdbcStateStoreContract {

    private static final String USER = "h2_tester";
    private static final String PASSWORD = "h2-" + UUID.randomUUID();

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2JdbcStateStoreTest() {
        dataSource.setURL("jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
    }

    @Override
    protected JdbcStateStore newStore() {
        return new JdbcStateStore(dataSource);
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String table() {
        return JdbcStateStore.DEFAULT_TABLE;
    }

    @Override
    protected String product() {
        return "H2";
    }

    @Override
    protected List<String> credentials() {
        return List.of(USER, PASSWORD);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
