package io.farmroutes.spi.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed XML answer: name, attributes, its own text, and child elements in order. Text and
 * children are created on first use, so that a document of many empty elements costs little memory.
 */
public final class XmlNode {

    private final String name;
    private final Map<String, String> attributes;
    private StringBuilder text;
    /** Readers ask for the same text several times; a 10 MB value is copied once, not on every call. */
    private String trimmed;
    private List<XmlNode> children = List.of();

    XmlNode(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes.isEmpty() ? Map.of() : new LinkedHashMap<>(attributes);
    }

    public String name() {
        return name;
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** The element's own character data, trimmed (BOINC and friends pad values with whitespace). */
    public String text() {
        if (trimmed == null) {
            trimmed = text == null ? "" : text.toString().strip();
        }
        return trimmed;
    }

    /** The element's own character data exactly as it arrived. */
    public String rawText() {
        return text == null ? "" : text.toString();
    }

    public List<XmlNode> children() {
        return Collections.unmodifiableList(children);
    }

    public List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    public boolean has(String childName) {
        return child(childName).isPresent();
    }

    /** The trimmed text of the first child of that name, or null when there is none. */
    public String childText(String childName) {
        return child(childName).map(XmlNode::text).orElse(null);
    }

    void appendText(CharSequence chars) {
        if (text == null) {
            text = new StringBuilder(chars.length());
        }
        trimmed = null;
        text.append(chars);
    }

    void addChild(XmlNode child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    @Override
    public String toString() {
        return "<" + name + "> (" + children.size() + " children)";
    }
}
