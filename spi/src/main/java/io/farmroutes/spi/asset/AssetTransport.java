package io.farmroutes.spi.asset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a task's input files reach a farm and its rendered outputs come back. Farms' control planes carry only
 * task descriptions; the bytes travel through storage the farm offers (a shared directory, an upload service).
 * Both methods block: they are called on a route's thread, never on an HTTP client's.
 */
public interface AssetTransport {

    /** A short name for messages and the summary, e.g. {@code directory}. */
    String id();

    /**
     * Puts these local files where the farm reads the task's inputs. Repeating it for the same task and files
     * is harmless (the files are replaced), so a pipeline may repeat it after a restart.
     *
     * @return one entry per file, in the order given
     */
    List<TransferredAsset> upload(String taskId, List<Path> files) throws IOException;

    /**
     * Fetches the task's rendered outputs into a local directory (created when missing).
     *
     * @return the local files, sorted by name; empty when the farm has written nothing
     */
    List<Path> download(String taskId, Path directory) throws IOException;
}
