package io.farmroutes.renderfarm;

import org.apache.camel.spi.Metadata;

/** Message headers of the renderfarm: component. */
public final class RenderfarmConstants {

    /** Every operation parameter may also come from a header named this prefix plus the parameter name. */
    @Metadata(description = "Prefix of headers that carry operation parameters, e.g. CamelRenderfarm.taskId for"
                            + " the taskId parameter. URI options win over headers, headers over the body.",
              javaType = "Object")
    public static final String HEADER_PREFIX = "CamelRenderfarm.";

    @Metadata(label = "consumer", description = "task/watch and frame/watch: the task that changed (also the taskId"
                                                + " parameter of the next renderfarm: call).", javaType = "String")
    public static final String TASK_ID = HEADER_PREFIX + "taskId";
    @Metadata(label = "consumer", description = "frame/watch: the frame that changed.", javaType = "String")
    public static final String FRAME_ID = HEADER_PREFIX + "frameId";
    @Metadata(label = "consumer", description = "frame/watch: the frame as a one-element list, ready to be the"
                                                + " frameIds parameter of frame/recommit.",
              javaType = "java.util.List<String>")
    public static final String FRAME_IDS = HEADER_PREFIX + "frameIds";
    @Metadata(label = "consumer", description = "frame/watch: the frame number as the farm writes it, e.g. 7.",
              javaType = "String")
    public static final String FRAME_INDEX = HEADER_PREFIX + "frameIndex";
    @Metadata(label = "consumer", description = "The status before the change (absent on a first sighting).",
              javaType = "io.farmroutes.spi.render.RenderStatus")
    public static final String OLD_STATUS = HEADER_PREFIX + "oldStatus";
    @Metadata(label = "consumer", description = "The status after the change.",
              javaType = "io.farmroutes.spi.render.RenderStatus")
    public static final String NEW_STATUS = HEADER_PREFIX + "newStatus";
    @Metadata(label = "consumer", description = "The farm's own status before the change (absent on a first sighting).",
              javaType = "String")
    public static final String OLD_NATIVE_STATUS = HEADER_PREFIX + "oldNativeStatus";
    @Metadata(label = "consumer", description = "The farm's own status after the change, e.g. 30 on Fox.",
              javaType = "String")
    public static final String NATIVE_STATUS = HEADER_PREFIX + "nativeStatus";

    private RenderfarmConstants() {
    }
}
