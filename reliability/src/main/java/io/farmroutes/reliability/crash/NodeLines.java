package io.farmroutes.reliability.crash;

/** The lines a {@link PipelineNode} prints on standard output for the test that watches it. */
public final class NodeLines {

    /** The Camel context is up and the pipeline's routes run. */
    public static final String STARTED = "NODE started";
    /** Followed by {@code <n>/<total> key=… task=… duplicate=…} for each request sent to the pipeline. */
    public static final String SENT = "NODE sent ";
    /** Every request was sent once in this run. */
    public static final String ALL_SENT = "NODE all-sent";
    /** Followed by {@code <completed>/<total>} whenever the count of completed shots changes. */
    public static final String PROGRESS = "NODE progress completed=";
    /** Every shot completed; the node stops (exitWhenDone only). */
    public static final String ALL_COMPLETED = "NODE all-completed";

    private NodeLines() {
    }

    static void print(String line) {
        // one write per line: the test reads the file while the node is writing it
        System.out.println(line);
        System.out.flush();
    }
}
