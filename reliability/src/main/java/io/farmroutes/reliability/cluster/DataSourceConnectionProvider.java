package io.farmroutes.reliability.cluster;

import org.quartz.utils.ConnectionProvider;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Hands Quartz's JDBC job store the node's DataSource, so Quartz needs no pool library and no password property. */
final class DataSourceConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;

    DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // Nothing pooled, nothing to close.
    }

    @Override
    public void initialize() {
    }
}
