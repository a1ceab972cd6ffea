package io.farmroutes.sandbox.flamenco;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's disk as far as {@code /browse} and {@code /settings/render} can see it: directories and file names,
 * no content. Entries list in the order they were added, which stands in for directory-listing order.
 */
final class VirtualFiles {

    /** One directory entry. */
    record Entry(String name, boolean directory) {
    }

    private static final class Node {
        final boolean directory;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(boolean directory) {
            this.directory = directory;
        }
    }

    private final Node root = new Node(true);

    void clear() {
        root.children.clear();
    }

    /** Adds a directory and any missing parents. */
    void addDirectory(String path) {
        walk(path);
    }

    /** Adds a file and any missing parent directories; an existing directory of that name stays a directory. */
    void addFile(String path) {
        List<String> parts = split(path);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no file name in " + path);
        }
        Node dir = walk(String.join("/", parts.subList(0, parts.size() - 1)));
        dir.children.putIfAbsent(parts.get(parts.size() - 1), new Node(false));
    }

    /** The entries of a directory, or empty when the path is not a directory. */
    Optional<List<Entry>> list(String path) {
        Node node = root;
        for (String part : split(path)) {
            node = node.directory ? node.children.get(part) : null;
            if (node == null) {
                return Optional.empty();
            }
        }
        if (!node.directory) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        node.children.forEach((name, child) -> entries.add(new Entry(name, child.directory)));
        return Optional.of(entries);
    }

    /** Joins a relative path onto a base the way the server does for a sub-path of a project. */
    static String join(String base, String relative) {
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }

    private Node walk(String path) {
        Node node = root;
        for (String part : split(path)) {
            Node next = node.children.get(part);
            if (next == null) {
                next = new Node(true);
                node.children.put(part, next);
            } else if (!next.directory) {
                throw new IllegalArgumentException(part + " in " + path + " is a file, not a directory");
            }
            node = next;
        }
        return node;
    }

    /** Path segments with "." dropped and ".." resolved; nothing climbs above the root. */
    private static List<String> split(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return new ArrayList<>(parts);
    }
}
