package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output storage tree: a few seeded folders, plus one folder per task with a file for each done frame,
 * named {@code <taskId>_<scene>} like the task's {@code outputFileName}. With an output storage directory set,
 * a task's files are the ones written there.
 */
final class OutputOperations {

    private final FoxState state;

    OutputOperations(FoxState state) {
        this.state = state;
    }

    void register(FoxOperations ops) {
        ops.add("file/outputTree", "/api/render/file/operate/getOutputUserDirFile", this::tree);
    }

    private Object tree(FoxCall call) {
        String treePath = normalise(call.optionalString("treePath").orElse("/"));
        Optional<Long> taskId = call.optionalLong("taskId");
        if (taskId.isPresent()) {
            return taskFiles(state.requireTask(taskId.get()));
        }
        List<Object> out = new ArrayList<>();
        Map<String, List<Map.Entry<String, Long>>> seeded = FoxCatalog.seededOutputs();
        for (Map.Entry<String, Long> e : seeded.getOrDefault(treePath, List.of())) {
            String path = (treePath.equals("/") ? "" : treePath) + "/" + e.getKey();
            out.add(entry(e.getKey(), path, e.getValue(), 1_700_000_000_000L));
        }
        for (FoxTask t : state.tasks().values()) {
            if (t.deleted || t.counts().done() == 0) {
                continue;
            }
            String folder = folder(t);
            if (treePath.equals("/")) {
                out.add(entry(folder, "/" + folder, -1, t.counts().lastEndMs()));
            } else if (treePath.equals("/" + folder)) {
                return taskFiles(t);
            }
        }
        return out;
    }

    private List<Object> taskFiles(FoxTask t) {
        Optional<Path> storage = state.settings().outputStorage();
        List<Object> out = new ArrayList<>();
        String folder = folder(t);
        String base = FoxViews.baseName(t.sceneName);
        for (FoxFrame f : t.frames) {
            if (f.status != FoxStatus.FRAME_DONE) {
                continue;
            }
            if (storage.isPresent()) {
                // the files really written, under their names and sizes (frames done before the setting have none)
                Path file = FrameOutputs.file(storage.get(), t.id, f.number);
                long size = size(file);
                if (size >= 0) {
                    String name = file.getFileName().toString();
                    out.add(entry(name, "/" + folder + "/" + name, size, f.endMs));
                }
            } else {
                String name = String.format("%s.%04d.png", base, f.number);
                out.add(entry(name, "/" + folder + "/" + name, 2_000_000L + (f.id % 9973) * 31, f.endMs));
            }
        }
        return out;
    }

    /** The file's size, or -1 when there is no such file (e.g. someone removed it). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String folder(FoxTask t) {
        return t.id + "_" + FoxViews.baseName(t.sceneName);
    }

    /** @param size the size in bytes, or -1 for a folder */
    private static Object entry(String name, String path, long size, long modified) {
        boolean folder = size < 0;
        int dot = name.lastIndexOf('.');
        String type = folder ? "folder" : dot > 0 ? name.substring(dot + 1) : "file";
        return obj("fileName", name, "fileSize", folder ? 0 : size, "iconPath", "/img/file/" + type + ".png",
                "lastModify", modified, "fileType", type, "filePath", path, "directory", folder,
                "isArrears", false);
    }

    private static String normalise(String path) {
        String p = path.strip().replace('\\', '/');
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "/" : p.startsWith("/") ? p : "/" + p;
    }
}
