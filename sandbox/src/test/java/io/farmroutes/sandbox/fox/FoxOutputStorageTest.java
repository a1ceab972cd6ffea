package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxTestClient.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import io.farmroutes.sandbox.MovableClock;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Done frames land as PNG files in the output storage directory, driven over HTTP with a hand-moved clock. */
class FoxOutputStorageTest {

    /** Far more than any test's render time (frames take 100 ms), far less than the signature window. */
    private static final Duration LATER = Duration.ofSeconds(5);

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    @TempDir
    Path storage;

    private MovableClock clock;
    private FoxTestClient c;

    @BeforeEach
    void moveTimeByHand() {
        clock = new MovableClock();
        fox.emulator().state().clock(clock);
        c = new FoxTestClient(fox.emulator());
    }

    private long submit(String frames) {
        long id = c.data("/api/render/submit/createTask", body("count", 1)).get("taskIdList").get(0).asLong();
        String json = "{\"task_info\":{\"frames\":\"" + frames + "\",\"input_scene_path\":\"D:/work/cup.ma\","
                + "\"cg_id\":\"2000\"},\"software_config\":{\"cg_name\":\"Maya\"}}";
        c.data("/api/render/submit/taskJsonFile", body("taskId", id, "fileName", "task.json", "content", json));
        c.data("/api/render/submit/task", body("taskId", id));
        return id;
    }

    /** The task status; any request brings the lazy simulation (and so the file writes) up to the clock. */
    private int status(long id) {
        return c.data("/api/render/handle/queryTaskInfo/v2", body("taskIds", List.of(id)))
                .get("items").get(0).get("taskStatus").asInt();
    }

    private Path outputDir(long id) {
        return storage.resolve(Long.toString(id)).resolve("output");
    }

    /** File names in a directory (hidden temporary files included), sorted; none when it does not exist. */
    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> frameFiles(int... numbers) {
        List<String> out = new ArrayList<>();
        for (int n : numbers) {
            out.add(String.format("frame_%04d.png", n));
        }
        return out;
    }

    private static BufferedImage readPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, () -> file + " is not a readable image");
        assertEquals(FrameOutputs.WIDTH, image.getWidth());
        assertEquals(FrameOutputs.HEIGHT, image.getHeight());
        return image;
    }

    @Test
    void everyDoneFrameIsAPngAtItsPath() throws IOException {
        fox.emulator().settings().outputStorage(storage).failureRate(0);
        long id = submit("1-9[2]");
        assertEquals(5, status(id));
        assertEquals(List.of(), names(outputDir(id)));

        clock.advance(LATER);
        assertEquals(25, status(id));
        assertEquals(frameFiles(1, 3, 5, 7, 9), names(outputDir(id)));
        assertEquals(List.of(Long.toString(id)), names(storage));
        int first = readPng(outputDir(id).resolve("frame_0001.png")).getRGB(0, 0);
        for (String name : names(outputDir(id))) {
            readPng(outputDir(id).resolve(name));
        }
        assertNotEquals(first, readPng(outputDir(id).resolve("frame_0003.png")).getRGB(0, 0));

        // the task's output tree lists the files written, with their real sizes
        JsonNode tree = c.data("/api/render/file/operate/getOutputUserDirFile", body("treePath", "/", "taskId", id));
        assertEquals(5, tree.size());
        assertEquals("frame_0001.png", tree.get(0).get("fileName").asText());
        assertEquals(Files.size(outputDir(id).resolve("frame_0001.png")), tree.get(0).get("fileSize").asLong());
    }

    @Test
    void failedFramesWriteNothingUntilAResubmissionRendersThem() throws IOException {
        fox.emulator().settings().outputStorage(storage).failureRate(1).retryFailureRate(0);
        long id = submit("1-6");
        clock.advance(LATER);
        assertEquals(30, status(id));
        assertEquals(List.of(), names(outputDir(id)));

        c.data("/api/render/handle/recommitTasks", body("taskIds", List.of(id)));
        clock.advance(LATER);
        assertEquals(25, status(id));
        assertEquals(frameFiles(1, 2, 3, 4, 5, 6), names(outputDir(id)));
        for (String name : names(outputDir(id))) {
            readPng(outputDir(id).resolve(name));
        }
    }

    @Test
    void aStoppedTaskWritesNothingMore() throws IOException {
        fox.emulator().settings().outputStorage(storage).failureRate(0).parallelFrames(1);
        long id = submit("1-3");
        clock.advance(FoxEmulatorExtension.TEST_FRAME_RENDER_TIME);
        assertEquals(5, status(id));
        c.data("/api/rendering/task/renderingTask/stopTask", body("taskIds", List.of(id)));
        clock.advance(LATER);
        assertEquals(FoxStatus.TASK_USER_STOPPED, status(id));
        assertEquals(frameFiles(1), names(outputDir(id)));
    }

    @Test
    void nothingIsWrittenWithoutOutputStorage() throws IOException {
        assertEquals(Optional.empty(), fox.emulator().settings().outputStorage());
        fox.emulator().settings().failureRate(0);
        long id = submit("1-4");
        clock.advance(LATER);
        assertEquals(25, status(id));
        assertEquals(List.of(), names(storage));
    }

    @Test
    void theSettingIsCopiedWithTheOthers() {
        FoxSettings settings = new FoxSettings().outputStorage(storage);
        assertEquals(Optional.of(storage.toAbsolutePath().normalize()), settings.snapshot().outputStorage());
        assertEquals(Optional.empty(), settings.outputStorage(null).outputStorage());
    }
}
