package io.farmroutes.renderfarm.pipeline;

import org.apache.camel.spi.Metadata;

/** Headers a render pipeline sets on the exchanges it sends to the user's endpoints. */
public final class PipelineHeaders {

    private static final String PREFIX = "CamelRenderfarmPipeline.";

    @Metadata(description = "The pipeline's name.", javaType = "String")
    public static final String PIPELINE = PREFIX + "name";
    @Metadata(description = "The request's key (exactly-once unit).", javaType = "String")
    public static final String JOB_KEY = PREFIX + "jobKey";
    @Metadata(description = "Submission: true when the key was seen before and nothing was submitted.",
              javaType = "Boolean")
    public static final String DUPLICATE = PREFIX + "duplicate";
    @Metadata(description = "Completion: COMPLETED, or FAILED when the task ended otherwise.", javaType = "String")
    public static final String OUTCOME = PREFIX + "outcome";
    @Metadata(description = "Completion: the task's outputs, fetched through the asset transport.",
              javaType = "java.util.List<java.nio.file.Path>")
    public static final String OUTPUTS = PREFIX + "outputs";
    @Metadata(description = "Exhausted frames: how many times the frame was re-submitted.", javaType = "Integer")
    public static final String RESUBMITTED = PREFIX + "resubmitted";

    private PipelineHeaders() {
    }
}
