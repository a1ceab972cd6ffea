package io.farmroutes.examples.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudioAppTest {

    @TempDir
    Path work;

    @Test
    void theMainJobRendersEveryShotPublishesItAndExitsZero() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = StudioApp.run(name -> null, work, work.resolve("share"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String out = printed.toString(StandardCharsets.UTF_8);

        assertEquals(0, code, out);
        assertTrue(out.contains("Fox Renderfarm emulator at http://127.0.0.1:"), out);
        List<String> rows = out.lines().filter(l -> l.matches("\\| sh\\d+ .*")).toList();
        assertEquals(4, rows.size(), out);
        for (String row : rows) {
            String[] cells = row.split("\\|");
            String[] frames = cells[3].strip().split("/");
            assertEquals(frames[1], frames[0], "every frame rendered: " + row);
            assertEquals("completed", cells[6].strip(), row);
            assertEquals(frames[1], cells[7].strip(), "one output per frame fetched: " + row);
            assertTrue(cells[8].strip().startsWith("doc "), "published: " + row);
        }
        assertTrue(out.contains("resubmitted"), "live progress lines were printed");
        try (Stream<Path> outputs = Files.walk(work.resolve("outputs"))) {
            assertEquals(24 + 16 + 20 + 12, outputs.filter(p -> p.toString().endsWith(".png")).count());
        }
    }
}
