package io.farmroutes.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a measured node in a JVM of its own, on this JVM's class path, so that its heap and CPU are its own and
 * not the emulators': the node prints progress lines, then one {@code @@result} line of JSON.
 */
public final class ForkedJvm {

    static final String RESULT_PREFIX = "@@result ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> jvmOptions = new ArrayList<>();
    private final Class<?> mainClass;
    private Duration timeout = Duration.ofMinutes(10);

    private ForkedJvm(Class<?> mainClass) {
        this.mainClass = mainClass;
    }

    /** A node whose {@code main} ends with {@link #result(Map)}. */
    public static ForkedJvm of(Class<?> mainClass) {
        return new ForkedJvm(mainClass);
    }

    /** A JVM option such as {@code -Xmx256m}. */
    public ForkedJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    public ForkedJvm timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Runs the node to its end and returns its result; a node that fails or prints none is an error. */
    public Map<String, Object> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String label = mainClass.getSimpleName();
        Map<String, Object> result = null;
        List<String> tail = new ArrayList<>();
        // a node that hangs must not hang the whole run: its output ends when it is killed
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, label + "-timeout");
        killer.setDaemon(true);
        killer.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RESULT_PREFIX)) {
                    result = JSON.readValue(line.substring(RESULT_PREFIX.length()), new TypeReference<>() { });
                } else {
                    System.out.println("  [" + label + "] " + line);
                    tail.add(line);
                    if (tail.size() > 20) {
                        tail.remove(0);
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException(label + " ended with exit code " + exit
                    + (result == null ? " and no result" : "") + "; last lines:\n" + String.join("\n", tail));
        }
        return result;
    }

    /** Called by a node as its last act: the one line its parent reads. */
    public static void result(Map<String, ?> values) {
        try {
            System.out.println(RESULT_PREFIX + JSON.writeValueAsString(values));
            System.out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("result not serialisable: " + values.keySet(), e);
        }
    }
}
