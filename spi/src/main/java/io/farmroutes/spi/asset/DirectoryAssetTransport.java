package io.farmroutes.spi.asset;

import io.farmroutes.spi.plugin.PluginOptions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A transport through a directory that both the studio and the farm see (a mounted share, as Flamenco's shared
 * storage or a farm's sync folder): inputs go to {@code <root>/<taskId>/input/}, outputs are read from
 * {@code <root>/<taskId>/output/}. The farm sees the root under {@code farmRoot}.
 */
public final class DirectoryAssetTransport implements AssetTransport {

    public static final String ID = "directory";

    private final Path root;
    private final String farmRoot;

    /**
     * @param root     the shared directory, as this machine sees it
     * @param farmRoot the same directory as the farm writes it (e.g. {@code /mnt/share}); null for {@code root}
     */
    public DirectoryAssetTransport(Path root, String farmRoot) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        String seen = farmRoot == null || farmRoot.isBlank() ? this.root.toString() : farmRoot;
        this.farmRoot = seen.endsWith("/") ? seen.substring(0, seen.length() - 1) : seen;
    }

    public DirectoryAssetTransport(Path root) {
        this(root, null);
    }

    @Override
    public String id() {
        return ID;
    }

    public Path root() {
        return root;
    }

    @Override
    public List<TransferredAsset> upload(String taskId, List<Path> files) throws IOException {
        Path inputs = Files.createDirectories(taskDirectory(taskId).resolve("input"));
        List<TransferredAsset> sent = new ArrayList<>(files.size());
        for (Path file : files) {
            Path target = inputs.resolve(file.getFileName().toString());
            copyAtomically(file, target);
            sent.add(new TransferredAsset(file, farmRoot + "/" + taskId + "/input/" + target.getFileName(),
                    Files.size(target)));
        }
        return sent;
    }

    @Override
    public List<Path> download(String taskId, Path directory) throws IOException {
        Path outputs = taskDirectory(taskId).resolve("output");
        Files.createDirectories(directory);
        if (!Files.isDirectory(outputs)) {
            return List.of();
        }
        List<Path> fetched = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(outputs, Files::isRegularFile)) {
            for (Path file : files) {
                // the farm writes through temp files: a dot file is an output still being written
                if (!file.getFileName().toString().startsWith(".")) {
                    Path target = directory.resolve(file.getFileName().toString());
                    copyAtomically(file, target);
                    fetched.add(target);
                }
            }
        }
        fetched.sort(Comparator.comparing(Path::getFileName));
        return fetched;
    }

    /** The task's directory; a task id that would climb out of the root is refused. */
    private Path taskDirectory(String taskId) {
        Path directory = root.resolve(Objects.requireNonNull(taskId, "taskId")).normalize();
        if (!directory.getParent().equals(root)) {
            throw new IllegalArgumentException("task id is not a plain name: '" + taskId + "'");
        }
        return directory;
    }

    /** Copies through a temp file, so that a reader on the other side never sees half a file. */
    private static void copyAtomically(Path source, Path target) throws IOException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public String toString() {
        return "DirectoryAssetTransport[" + root + " seen by the farm as " + farmRoot + "]";
    }

    /** The factory behind the transport name {@code directory}: options {@code root} and {@code farmRoot}. */
    public static final class Factory implements AssetTransportFactory {

        @Override
        public String id() {
            return ID;
        }

        @Override
        public AssetTransport create(Map<String, String> options) {
            PluginOptions.onlyKnown("directory asset transport", options, Set.of("root", "farmRoot"));
            String root = PluginOptions.required("directory asset transport", options, "root");
            return new DirectoryAssetTransport(Path.of(root), options.get("farmRoot"));
        }
    }
}
