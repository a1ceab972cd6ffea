package io.farmroutes.reliability.crash;

import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link PipelineNode} is told: where the farm and the database are (arguments) and the two secrets
 * (environment variables, so that they never show in a process listing or a log).
 *
 * @param farmDomain   the Fox emulator's {@code host:port}
 * @param jdbcUrl      the PostgreSQL database, without credentials
 * @param jobs         how many shots to send
 * @param frames       frames per shot
 * @param exitWhenDone stop once every shot has completed (the last run), instead of running until killed
 */
record NodeSettings(String farmDomain, String accessId, String accessKey, String jdbcUrl, String dbUser,
                    String dbPassword, int jobs, int frames, boolean exitWhenDone) {

    static final String ACCESS_KEY_VARIABLE = "FARMROUTES_FOX_ACCESS_KEY";
    static final String DB_PASSWORD_VARIABLE = "FARMROUTES_DB_PASSWORD";

    /** Arguments are {@code name=value} pairs; see {@link CrashNodeArguments}. */
    static NodeSettings from(String[] args, Map<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("arguments are name=value pairs: " + arg);
            }
            given.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return new NodeSettings(required(given, CrashNodeArguments.FARM), required(given, CrashNodeArguments.ACCESS_ID),
                required(environment, ACCESS_KEY_VARIABLE), required(given, CrashNodeArguments.JDBC_URL),
                required(given, CrashNodeArguments.DB_USER), required(environment, DB_PASSWORD_VARIABLE),
                Integer.parseInt(required(given, CrashNodeArguments.JOBS)),
                Integer.parseInt(required(given, CrashNodeArguments.FRAMES)),
                Boolean.parseBoolean(given.getOrDefault(CrashNodeArguments.EXIT_WHEN_DONE, "false")));
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "farm " + farmDomain + ", database " + jdbcUrl + ", " + jobs + " shots of " + frames + " frames";
    }
}
