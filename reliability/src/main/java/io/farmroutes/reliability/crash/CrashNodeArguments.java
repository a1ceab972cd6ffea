package io.farmroutes.reliability.crash;

import java.util.List;

/** The argument names a {@link PipelineNode} reads, shared with the test that starts it. */
public final class CrashNodeArguments {

    public static final String FARM = "farm";
    public static final String ACCESS_ID = "accessId";
    public static final String JDBC_URL = "jdbcUrl";
    public static final String DB_USER = "dbUser";
    public static final String JOBS = "jobs";
    public static final String FRAMES = "frames";
    public static final String EXIT_WHEN_DONE = "exitWhenDone";

    /** The environment variables holding the secrets: never pass these on the command line. */
    public static final String ACCESS_KEY_VARIABLE = NodeSettings.ACCESS_KEY_VARIABLE;
    public static final String DB_PASSWORD_VARIABLE = NodeSettings.DB_PASSWORD_VARIABLE;

    private CrashNodeArguments() {
    }

    /** One {@code name=value} argument. */
    public static String argument(String name, Object value) {
        return name + "=" + value;
    }

    /** The arguments for one run. */
    public static List<String> of(String farm, String accessId, String jdbcUrl, String dbUser, int jobs, int frames,
                                  boolean exitWhenDone) {
        return List.of(argument(FARM, farm), argument(ACCESS_ID, accessId), argument(JDBC_URL, jdbcUrl),
                argument(DB_USER, dbUser), argument(JOBS, jobs), argument(FRAMES, frames),
                argument(EXIT_WHEN_DONE, exitWhenDone));
    }
}
