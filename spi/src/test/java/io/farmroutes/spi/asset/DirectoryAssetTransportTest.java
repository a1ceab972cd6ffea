package io.farmroutes.spi.asset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryAssetTransportTest {

    @TempDir
    Path share;
    @TempDir
    Path studio;

    @Test
    void uploadPutsInputsUnderTheTaskAndNamesThemAsTheFarmSeesThem() throws Exception {
        Path scene = Files.writeString(studio.resolve("shot010.blend"), "scene bytes");
        AssetTransport transport = new DirectoryAssetTransport(share, "/mnt/farm/");

        List<TransferredAsset> sent = transport.upload("4711", List.of(scene));

        assertEquals(1, sent.size());
        assertEquals("/mnt/farm/4711/input/shot010.blend", sent.get(0).remote());
        assertEquals(11, sent.get(0).bytes());
        assertEquals("scene bytes", Files.readString(share.resolve("4711/input/shot010.blend")));
        // a repeat after a restart replaces, it does not fail
        Files.writeString(scene, "newer");
        transport.upload("4711", List.of(scene));
        assertEquals("newer", Files.readString(share.resolve("4711/input/shot010.blend")));
    }

    @Test
    void downloadFetchesFinishedOutputsSortedAndSkipsFilesStillBeingWritten() throws Exception {
        Path outputs = Files.createDirectories(share.resolve("12/output"));
        Files.writeString(outputs.resolve("frame_0002.png"), "b");
        Files.writeString(outputs.resolve("frame_0001.png"), "a");
        Files.writeString(outputs.resolve(".frame_0003.png.part"), "half");

        List<Path> fetched = new DirectoryAssetTransport(share).download("12", studio.resolve("out"));

        assertEquals(List.of("frame_0001.png", "frame_0002.png"),
                fetched.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("a", Files.readString(fetched.get(0)));
        assertTrue(new DirectoryAssetTransport(share).download("13", studio.resolve("none")).isEmpty());
    }

    @Test
    void aTaskIdThatClimbsOutOfTheShareIsRefused() {
        DirectoryAssetTransport transport = new DirectoryAssetTransport(share);
        assertThrows(IllegalArgumentException.class, () -> transport.download("../etc", studio));
        assertThrows(IllegalArgumentException.class, () -> transport.upload("a/b", List.of()));
        assertFalse(Files.exists(share.resolve("a")));
    }

    @Test
    void theFactoryIsFoundByNameAndChecksItsOptions() {
        AssetTransport transport = AssetTransports.create("directory", Map.of("root", share.toString()),
                getClass().getClassLoader());
        assertEquals("directory", transport.id());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> AssetTransports
                .create("directory", Map.of("root", "x", "rot", "y"), getClass().getClassLoader()));
        assertTrue(unknown.getMessage().contains("'rot'"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> AssetTransports.create("diretory", Map.of(), getClass().getClassLoader()));
        assertTrue(missing.getMessage().contains("Did you mean 'directory'"), missing.getMessage());
    }
}
