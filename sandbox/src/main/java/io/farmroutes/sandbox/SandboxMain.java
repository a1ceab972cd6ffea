package io.farmroutes.sandbox;

import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.boinc.BoincSettings;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernitySettings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/** Standalone launcher: {@code java -jar farmroutes-sandbox-<v>-standalone.jar boinc|flamenco|fox|ipernity|renderfarmfi … [--port N]}. */
public final class SandboxMain {

    /** Emulators by name; each takes a port (0 = ephemeral). Later emulators register here. */
    private static final Map<String, IntFunction<Emulator>> EMULATORS = new TreeMap<>(Map.of(
            "boinc", port -> BoincEmulator.start(new BoincSettings(), port),
            "flamenco", port -> io.farmroutes.sandbox.flamenco.FlamencoEmulator.start(
                    new io.farmroutes.sandbox.flamenco.FlamencoSettings(), port),
            "fox", port -> io.farmroutes.sandbox.fox.FoxEmulator.start(new io.farmroutes.sandbox.fox.FoxSettings(),
                    port),
            "ipernity", port -> IpernityEmulator.start(new IpernitySettings(), port),
            "renderfarmfi", port -> io.farmroutes.sandbox.renderfarmfi.RenderfarmFiEmulator.start(
                    new io.farmroutes.sandbox.renderfarmfi.RenderfarmFiSettings(), port)));

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Emulator> running;
        try {
            running = launch(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.forEach(Emulator::close);
            stopped.countDown();
        }, "sandbox-shutdown"));
        stopped.await();
    }

    /**
     * Starts the emulators named in {@code args} and prints one line per emulator: name and URL.
     * {@code --port N} applies to the emulator named just before it (or, when it comes first, to the
     * first one).
     *
     * @throws IllegalArgumentException for an unknown name, a bad port or no name at all
     */
    public static List<Emulator> launch(String[] args, PrintStream out) {
        List<String> names = new ArrayList<>();
        Map<Integer, Integer> ports = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--port") || arg.startsWith("--port=")) {
                String value = arg.startsWith("--port=") ? arg.substring(7) : (++i < args.length ? args[i] : null);
                ports.put(Math.max(names.size() - 1, 0), parsePort(value));
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            } else if (EMULATORS.containsKey(arg)) {
                names.add(arg);
            } else {
                throw new IllegalArgumentException("unknown emulator: " + arg);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one emulator");
        }
        List<Emulator> started = new ArrayList<>();
        try {
            for (int i = 0; i < names.size(); i++) {
                Emulator emulator = EMULATORS.get(names.get(i)).apply(ports.getOrDefault(i, 0));
                started.add(emulator);
                out.println(emulator.name() + " " + emulator.url());
            }
        } catch (RuntimeException e) {
            started.forEach(Emulator::close);
            throw e;
        }
        out.flush();
        return started;
    }

    static String usage() {
        return "usage: java -jar farmroutes-sandbox-standalone.jar NAME [--port N] [NAME [--port N]]...\n"
                + "emulators: " + String.join(", ", EMULATORS.keySet());
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("bad port: " + value);
        }
    }
}
