package io.farmroutes.sandbox.flamenco;

/**
 * The job fields of 6.15 as the request parser reads them, integers converted in declaration order so that the
 * first bad one is the one reported (400). Every field may be null.
 */
record JobFields(Long projectId, Integer frameStart, Integer frameEnd, Integer chunkSize, Integer currentFrame,
                 String filepath, String jobName, String renderSettings, String format, String status,
                 Integer priority) {

    static JobFields read(FlamencoArgs args) {
        Long projectId = args.integer("project_id");
        Integer frameStart = args.smallInteger("frame_start");
        Integer frameEnd = args.smallInteger("frame_end");
        Integer chunkSize = args.smallInteger("chunk_size");
        Integer currentFrame = args.smallInteger("current_frame");
        Integer priority = args.smallInteger("priority");
        return new JobFields(projectId, frameStart, frameEnd, chunkSize, currentFrame, args.text("filepath"),
                args.text("job_name"), args.text("render_settings"), args.text("format"), args.text("status"),
                priority);
    }
}
