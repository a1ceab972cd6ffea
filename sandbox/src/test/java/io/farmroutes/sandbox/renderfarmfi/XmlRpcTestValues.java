package io.farmroutes.sandbox.renderfarmfi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.farmroutes.sandbox.Http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The tests' own XML-RPC: request bodies built as text, replies read through the JDK's DOM (DOCTYPE refused). */
final class XmlRpcTestValues {

    private XmlRpcTestValues() {
    }

    /** A methodCall whose params are the given {@code <value>} fragments. */
    static String call(String method, String... values) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodCall>\n<methodName>")
                .append(method).append("</methodName>\n<params>");
        for (String v : values) {
            b.append("<param>").append(v).append("</param>");
        }
        return b.append("</params>\n</methodCall>\n").toString();
    }

    static String intValue(int i) {
        return "<value><int>" + i + "</int></value>";
    }

    static String stringValue(String s) {
        return "<value><string>" + s.replace("&", "&amp;").replace("<", "&lt;") + "</string></value>";
    }

    /** A struct of string members, the way community.getSession's first argument is sent. */
    static String struct(List<String[]> members) {
        StringBuilder b = new StringBuilder("<value><struct>");
        for (String[] m : members) {
            b.append("<member><name>").append(m[0]).append("</name>").append(stringValue(m[1])).append("</member>");
        }
        return b.append("</struct></value>").toString();
    }

    /** The result of a successful reply: HTTP 200, well-formed, no fault. */
    static Object result(Http.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        Element root = reply.root();
        assertEquals("methodResponse", root.getTagName());
        assertNull(child(root, "fault"), reply::toString);
        Element params = child(root, "params");
        assertNotNull(params, reply::toString);
        return decode(child(child(params, "param"), "value"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> struct(Http.Reply reply) {
        return (Map<String, Object>) result(reply);
    }

    /** The fault code of a fault reply, which must come with HTTP 200. */
    static int faultCode(Http.Reply reply) {
        return (Integer) fault(reply).get("faultCode");
    }

    static String faultString(Http.Reply reply) {
        return (String) fault(reply).get("faultString");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fault(Http.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        Element fault = child(reply.root(), "fault");
        assertNotNull(fault, () -> "not a fault: " + reply);
        Map<String, Object> members = (Map<String, Object>) decode(child(fault, "value"));
        assertEquals(2, members.size(), members::toString);
        return members;
    }

    static Object decode(Element value) {
        List<Element> typed = elements(value);
        if (typed.isEmpty()) {
            return value.getTextContent();
        }
        Element t = typed.get(0);
        String text = t.getTextContent();
        switch (t.getTagName()) {
            case "string":
                return text;
            case "int":
            case "i4":
                return Integer.parseInt(text.trim());
            case "boolean":
                return Integer.parseInt(text.trim()) != 0;
            case "double":
                return Double.parseDouble(text.trim());
            case "struct":
                Map<String, Object> members = new LinkedHashMap<>();
                for (Element m : elements(t)) {
                    members.put(child(m, "name").getTextContent(), decode(child(m, "value")));
                }
                return members;
            case "array":
                List<Object> list = new ArrayList<>();
                for (Element v : elements(child(t, "data"))) {
                    list.add(decode(v));
                }
                return list;
            default:
                throw new AssertionError("unexpected type " + t.getTagName());
        }
    }

    private static Element child(Element parent, String name) {
        for (Element e : elements(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
