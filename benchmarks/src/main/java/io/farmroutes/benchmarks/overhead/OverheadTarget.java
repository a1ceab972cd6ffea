package io.farmroutes.benchmarks.overhead;

import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.fox.FoxEmulator;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Where the measured clients send their requests and with what: the emulators' addresses, the sandbox's public
 * test credentials and the seeded ids. The harness hands it to the JMH fork in a file readable by its owner
 * only, named by one system property: JMH prints the fork's JVM options, and credentials stay out of output.
 */
public record OverheadTarget(String foxDomain, String foxAccessId, String foxAccessKey, int foxPlatform,
                             long taskId, int pageSize, String boincMasterUrl, String boincRpcBase,
                             String boincAccountKey) {

    /** The system property naming the file. */
    public static final String PROPERTY = "overhead.target";

    /** The page a frame/list call reads: big enough to be a realistic page, small enough to stay one request. */
    public static final int PAGE_SIZE = 50;

    /** The seeded account whose info account/info reads (its name needs URL-decoding: José Ñúñez). */
    public static final String BOINC_EMAIL = "jose@example.org";

    /** Reads the emulators' coordinates and seeds a finished task of {@code frames} frames on the Fox one. */
    public static OverheadTarget of(FoxEmulator fox, BoincEmulator boinc, int frames) {
        long taskId = fox.state().seedFinishedTask(frames);
        String accountKey = boinc.state().accountByEmail(BOINC_EMAIL).orElseThrow().authenticator();
        return new OverheadTarget(fox.domain(), fox.accessId(), fox.accessKey(), fox.platform(), taskId, PAGE_SIZE,
                boinc.masterUrl(), boinc.rpcBaseUrl(), accountKey);
    }

    /** Writes this target to a new owner-only file; the {@code -D} option that names it is {@link #option}. */
    public Path writeTempFile() throws IOException {
        Path file = Files.createTempFile("overhead-target", ".properties",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties values = new Properties();
        values.setProperty("foxDomain", foxDomain);
        values.setProperty("foxAccessId", foxAccessId);
        values.setProperty("foxAccessKey", foxAccessKey);
        values.setProperty("foxPlatform", Integer.toString(foxPlatform));
        values.setProperty("taskId", Long.toString(taskId));
        values.setProperty("pageSize", Integer.toString(pageSize));
        values.setProperty("boincMasterUrl", boincMasterUrl);
        values.setProperty("boincRpcBase", boincRpcBase);
        values.setProperty("boincAccountKey", boincAccountKey);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, null);
        }
        return file;
    }

    /** The JVM option that points a fork at a file written by {@link #writeTempFile()}. */
    public static String option(Path file) {
        return "-D" + PROPERTY + "=" + file.toAbsolutePath();
    }

    /** The target the harness passed to this JVM. */
    public static OverheadTarget fromSystemProperty() throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            throw new IllegalStateException("system property " + PROPERTY + " is missing: run the overhead"
                    + " benchmark through OverheadBenchmark, which starts the emulators");
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            values.load(in);
        }
        return new OverheadTarget(required(values, "foxDomain"), required(values, "foxAccessId"),
                required(values, "foxAccessKey"), Integer.parseInt(required(values, "foxPlatform")),
                Long.parseLong(required(values, "taskId")), Integer.parseInt(required(values, "pageSize")),
                required(values, "boincMasterUrl"), required(values, "boincRpcBase"),
                required(values, "boincAccountKey"));
    }

    private static String required(Properties values, String name) {
        String value = values.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("the overhead target file lacks " + name);
        }
        return value;
    }

    @Override
    public String toString() {
        // the access key and the account key are credentials, even the sandbox's
        return "OverheadTarget[fox=" + foxDomain + ", taskId=" + taskId + ", pageSize=" + pageSize + ", boinc="
                + boincMasterUrl + "]";
    }
}
