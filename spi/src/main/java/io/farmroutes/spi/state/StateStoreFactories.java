package io.farmroutes.spi.state;

import io.farmroutes.spi.plugin.PluginOptions;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The factories behind the built-in store names {@code memory} and {@code jdbc}. */
public final class StateStoreFactories {

    private StateStoreFactories() {
    }

    /** {@code memory}: no options; forgotten on restart. */
    public static final class Memory implements StateStoreFactory {

        @Override
        public String id() {
            return "memory";
        }

        @Override
        public StateStore create(Map<String, String> options) {
            PluginOptions.onlyKnown("memory state store", options, Set.of());
            return new InMemoryStateStore();
        }
    }

    /**
     * {@code jdbc}: options {@code url} (required), {@code user}, {@code password}, {@code table}; the driver must be
     * on the class path. An application with a connection pool passes its DataSource to JdbcStateStore instead.
     */
    public static final class Jdbc implements StateStoreFactory {

        @Override
        public String id() {
            return "jdbc";
        }

        @Override
        public StateStore create(Map<String, String> options) {
            PluginOptions.onlyKnown("jdbc state store", options, Set.of("url", "user", "password", "table"));
            String url = PluginOptions.required("jdbc state store", options, "url");
            DataSource source = new DriverManagerSource(url, options.get("user"), options.get("password"));
            return new JdbcStateStore(source, options.getOrDefault("table", JdbcStateStore.DEFAULT_TABLE));
        }
    }

    /** A DataSource that opens a new connection per call: enough for a store that holds none between calls. */
    private record DriverManagerSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
            return DriverManager.getConnection(url, otherUser, otherPassword);
        }

        @Override
        public PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            // the password never shows
            return "DriverManagerSource[" + url.replaceAll("password=[^;&]*", "password=***") + "]";
        }
    }
}
