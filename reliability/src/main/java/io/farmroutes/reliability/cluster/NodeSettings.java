package io.farmroutes.reliability.cluster;

import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ClusterNode} is told by whoever starts it: its id as the only argument, everything else in
 * environment variables, so that the database password and the farm's key never show on a command line.
 */
record NodeSettings(String nodeId, String jdbcUrl, String dbUser, String dbPassword, String foxDomain,
                    String foxAccessId, String foxAccessKey, int foxPlatform) {

    static final String JDBC_URL = "FARM_NODE_JDBC_URL";
    static final String DB_USER = "FARM_NODE_DB_USER";
    static final String DB_PASSWORD = "FARM_NODE_DB_PASSWORD";
    static final String FOX_DOMAIN = "FARM_NODE_FOX_DOMAIN";
    static final String FOX_ACCESS_ID = "FARM_NODE_FOX_ACCESS_ID";
    static final String FOX_ACCESS_KEY = "FARM_NODE_FOX_ACCESS_KEY";
    static final String FOX_PLATFORM = "FARM_NODE_FOX_PLATFORM";

    static NodeSettings from(String[] args, Map<String, String> environment) {
        if (args.length != 1 || args[0].isBlank()) {
            throw new IllegalArgumentException("usage: ClusterNode <node id>, with " + JDBC_URL + ", " + DB_USER
                    + ", " + DB_PASSWORD + ", " + FOX_DOMAIN + ", " + FOX_ACCESS_ID + ", " + FOX_ACCESS_KEY + " and " + FOX_PLATFORM
                    + " in the environment");
        }
        return new NodeSettings(args[0], required(environment, JDBC_URL), required(environment, DB_USER),
                required(environment, DB_PASSWORD), required(environment, FOX_DOMAIN),
                required(environment, FOX_ACCESS_ID), required(environment, FOX_ACCESS_KEY),
                Integer.parseInt(required(environment, FOX_PLATFORM)));
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return value;
    }

    NodeSettings {
        Objects.requireNonNull(nodeId, "nodeId");
    }

    // The password and the access key stay out of every log line.
    @Override
    public String toString() {
        return "node " + nodeId + " on " + jdbcUrl + " as " + dbUser + ", farm " + foxDomain;
    }
}
