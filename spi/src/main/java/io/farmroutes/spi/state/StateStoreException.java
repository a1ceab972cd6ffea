package io.farmroutes.spi.state;

import io.farmroutes.spi.error.FarmException;

import java.sql.SQLException;

/** A state store could not read or write its database; the message never carries a stored value. */
public class StateStoreException extends FarmException {

    private final String operation;
    private final String namespace;
    private final String table;

    public StateStoreException(String operation, String namespace, String table, Throwable cause) {
        super(null, describe(operation, namespace, table, cause), cause);
        this.operation = operation;
        this.namespace = namespace;
        this.table = table;
    }

    private static String describe(String operation, String namespace, String table, Throwable cause) {
        StringBuilder text = new StringBuilder("state store ").append(operation).append(" failed");
        if (namespace != null) {
            text.append(" in namespace '").append(namespace).append('\'');
        }
        text.append(" on table ").append(table);
        // The SQLState and vendor code say what went wrong; the driver's text may quote the statement's values.
        if (cause instanceof SQLException sql) {
            text.append(" (SQLState ").append(sql.getSQLState()).append(", error ").append(sql.getErrorCode()).append(')');
        }
        return text.toString();
    }

    /** The store method that failed, for example {@code putIfAbsent}. */
    public String getOperation() {
        return operation;
    }

    /** The namespace the operation addressed, or null when it addressed none (creating the table). */
    public String getNamespace() {
        return namespace;
    }

    public String getTable() {
        return table;
    }
}
