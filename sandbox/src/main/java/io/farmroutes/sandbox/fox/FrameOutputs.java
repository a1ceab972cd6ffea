package io.farmroutes.sandbox.fox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes the image of a done frame into the output storage directory, where a studio's file transport picks it
 * up: {@code <root>/<taskId>/output/frame_<nnnn>.png}.
 */
final class FrameOutputs {

    static final int WIDTH = 160;
    static final int HEIGHT = 90;

    private FrameOutputs() {
    }

    /** E.g. {@code frame_0007.png}; numbers past 9999 simply get more digits. */
    static String fileName(int frameNumber) {
        return String.format(Locale.ROOT, "frame_%04d.png", frameNumber);
    }

    static Path directory(Path root, long taskId) {
        return root.resolve(Long.toString(taskId)).resolve("output");
    }

    static Path file(Path root, long taskId, int frameNumber) {
        return directory(root, taskId).resolve(fileName(frameNumber));
    }

    /**
     * Writes (or rewrites) the frame's image. The bytes go to a hidden temporary file in the same directory that is
     * then renamed over the target, so a reader sees either no file or the whole file, and file consumers that skip
     * dot files (Camel's do) never pick up the temporary one.
     */
    static void write(Path root, FoxFrame frame) {
        Path target = file(root, frame.taskId, frame.number);
        Path temp = target.resolveSibling(
                "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            Files.write(temp, png(frame.taskId, frame.number), StandardOpenOption.CREATE_NEW);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write frame output " + target, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a stray hidden temporary file is harmless; the frame's own error, if any, is what matters
            }
        }
    }

    /**
     * A solid image whose colour depends on the task and the frame. Only BufferedImage and ImageIO are used (no
     * Graphics, no java.awt.Color), so no display is needed and callers need not set {@code java.awt.headless}.
     */
    static byte[] png(long taskId, int frameNumber) {
        int[] pixels = new int[WIDTH * HEIGHT];
        Arrays.fill(pixels, colour(taskId, frameNumber));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, WIDTH, HEIGHT, pixels, 0, WIDTH);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        // an in-memory stream: ImageIO's default cache would otherwise put a scratch file in java.io.tmpdir
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** 0xRRGGBB, each channel kept in 64..191 so that neighbouring frames differ but none is black or white. */
    static int colour(long taskId, int frameNumber) {
        long h = (taskId * 0x9E3779B97F4A7C15L) ^ (frameNumber * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        int r = 64 + (int) (h & 0x7F);
        int g = 64 + (int) ((h >>> 8) & 0x7F);
        int b = 64 + (int) ((h >>> 16) & 0x7F);
        return (r << 16) | (g << 8) | b;
    }
}
