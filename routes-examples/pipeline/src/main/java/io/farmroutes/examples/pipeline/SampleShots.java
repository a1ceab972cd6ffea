package io.farmroutes.examples.pipeline;

import io.farmroutes.renderfarm.pipeline.RenderRequest;
import io.farmroutes.spi.render.RenderJob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A handful of shots to render: small scene files written to a folder, and the requests naming them. */
public final class SampleShots {

    private static final List<String[]> SHOTS = List.of(
            new String[] {"sh010", "harbour_dawn", "1-24[1]"},
            new String[] {"sh020", "market_chase", "1-16[1]"},
            new String[] {"sh030", "rooftops_rain", "1-20[1]"},
            new String[] {"sh040", "lighthouse_night", "1-12[1]"});

    private SampleShots() {
    }

    public static List<RenderRequest> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<RenderRequest> requests = new ArrayList<>();
        for (String[] shot : SHOTS) {
            Path scene = Files.writeString(folder.resolve(shot[1] + ".blend"),
                    "BLENDER sample scene " + shot[1] + "\n");
            RenderJob job = new RenderJob(shot[1], scene.getFileName().toString(), shot[2], "blender",
                    Map.of("output_file_format", "PNG"));
            requests.add(new RenderRequest(shot[0], job, List.of(scene)));
        }
        return requests;
    }
}
