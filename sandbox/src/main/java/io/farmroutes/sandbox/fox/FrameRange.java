package io.farmroutes.sandbox.fox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the {@code task_info.frames} text of task.json: {@code 1-10[1]}, {@code 1-10}, {@code 5}, comma lists. */
final class FrameRange {

    /** More frames than this in one task is refused; the real farm has limits of its own. */
    static final int MAX_FRAMES = 100_000;

    private static final Pattern PART = Pattern.compile("(\\d+)(?:-(\\d+)(?:\\[(\\d+)])?)?");

    private FrameRange() {
    }

    /** The frame numbers, in order and without repeats; an invalid text is a 600. */
    static List<Integer> parse(String text) {
        Set<Integer> frames = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw FoxApiError.invalid("task.json task_info.frames is not a frame range such as 1-10[1]: " + text);
            }
            long start = Long.parseLong(m.group(1));
            long end = m.group(2) == null ? start : Long.parseLong(m.group(2));
            long step = m.group(3) == null ? 1 : Long.parseLong(m.group(3));
            if (end < start || step < 1 || end > Integer.MAX_VALUE) {
                throw FoxApiError.invalid("task.json task_info.frames has an empty or invalid range: " + part);
            }
            for (long f = start; f <= end; f += step) {
                frames.add((int) f);
                if (frames.size() > MAX_FRAMES) {
                    throw FoxApiError.invalid("task.json task_info.frames has more than " + MAX_FRAMES + " frames");
                }
            }
        }
        return List.copyOf(frames);
    }
}
