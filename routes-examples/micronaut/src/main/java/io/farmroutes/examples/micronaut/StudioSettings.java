package io.farmroutes.examples.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The pipeline's own settings ({@code farmroutes.studio.*}): how often to poll, and where files go. */
@ConfigurationProperties("farmroutes.studio")
public class StudioSettings {

    private Duration watch = Duration.ofSeconds(15);
    private String work;
    private String share;
    private Path workDir;

    public Duration getWatch() {
        return watch;
    }

    public void setWatch(Duration watch) {
        this.watch = watch;
    }

    public String getWork() {
        return work;
    }

    public void setWork(String work) {
        this.work = work;
    }

    public String getShare() {
        return share;
    }

    public void setShare(String share) {
        this.share = share;
    }

    /** Scenes and fetched outputs go here: {@code work}, or a fresh temporary directory (made once). */
    public synchronized Path workDir() {
        if (workDir == null) {
            try {
                workDir = blank(work) ? Files.createTempDirectory("farmroutes-studio") : Path.of(work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workDir;
    }

    /** The directory the farm renders into: {@code share}, or {@code share} under the work directory. */
    public Path shareDir() {
        return blank(share) ? workDir().resolve("share") : Path.of(share);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
