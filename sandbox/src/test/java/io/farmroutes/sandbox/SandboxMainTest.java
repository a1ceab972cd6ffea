package io.farmroutes.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void launchesTheNamedEmulatorAndPrintsItsUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Emulator> running = SandboxMain.launch(new String[] {"boinc"}, new PrintStream(out, true,
                StandardCharsets.UTF_8));
        try {
            assertEquals(1, running.size());
            String line = out.toString(StandardCharsets.UTF_8).strip();
            assertTrue(line.matches("boinc http://127\\.0\\.0\\.1:\\d+/"), line);
            String url = line.substring("boinc ".length());
            Http.Reply r = Http.get(url + "get_project_config.php");
            assertEquals(200, r.status());
            assertTrue(r.text().contains("<name>Farm Routes Test Project</name>"));
        } finally {
            running.forEach(Emulator::close);
        }
    }

    @Test
    void honoursAFixedPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<Emulator> running = SandboxMain.launch(new String[] {"boinc", "--port", String.valueOf(port)},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals("http://127.0.0.1:" + port + "/", running.get(0).url());
        } finally {
            running.forEach(Emulator::close);
        }
    }

    @Test
    void rejectsBadArguments() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> SandboxMain.launch(new String[] {}, sink));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.launch(new String[] {"gopher"}, sink));
        assertTrue(unknown.getMessage().contains("gopher"));
        assertThrows(IllegalArgumentException.class,
                () -> SandboxMain.launch(new String[] {"boinc", "--port", "http"}, sink));
        assertTrue(SandboxMain.usage().contains("boinc"));
    }
}
