package io.farmroutes.spi.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element of a parsed XML answer: name, attributes, its own text, and child elements in order. */
public final class XmlNode {

    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlNode> children = new ArrayList<>();

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
        return text.toString().strip();
    }

    /** The element's own character data exactly as it arrived. */
    public String rawText() {
        return text.toString();
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
        text.append(chars);
    }

    void addChild(XmlNode child) {
        children.add(child);
    }

    @Override
    public String toString() {
        return "<" + name + "> (" + children.size() + " children)";
    }
}
