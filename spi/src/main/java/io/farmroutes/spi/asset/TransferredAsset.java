package io.farmroutes.spi.asset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file after its transfer.
 *
 * @param local  the file that was sent
 * @param remote where the farm sees it, as the farm writes paths (what a task description refers to)
 * @param bytes  its size
 */
public record TransferredAsset(Path local, String remote, long bytes) {

    public TransferredAsset {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }
}
