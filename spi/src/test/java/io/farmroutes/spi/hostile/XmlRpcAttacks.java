package io.farmroutes.spi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Attacks on XML-RPC decoders: values of the wrong type, lost members, faults of every wrong shape. */
final class XmlRpcAttacks {

    private static final Pattern LEAF_VALUE =
            Pattern.compile("<value>\\s*(<([\\w.]+)>[^<]*</\\2>|<nil\\s*/>|[^<]*)\\s*</value>");
    private static final Pattern MEMBER = Pattern.compile("<member>.*?</member>", Pattern.DOTALL);
    private static final String[] WRONG_VALUES = {"<int>abc</int>", "<int>99999999999</int>", "<i4></i4>",
            "<i4> 12 </i4>", "<i8>9223372036854775808</i8>", "<int>+-1</int>", "<boolean>2</boolean>",
            "<boolean>yes</boolean>", "<boolean></boolean>", "<double>1e999</double>", "<double>NaN</double>",
            "<double>1e999999</double>", "<double>0x10</double>", "<dateTime.iso8601>junk</dateTime.iso8601>",
            "<dateTime.iso8601>20991340T25:61:61</dateTime.iso8601>", "<dateTime.iso8601></dateTime.iso8601>",
            "<base64>!!!</base64>", "<base64>QUJD=x</base64>", "<nil/>", "<struct></struct>", "<array></array>",
            "<array><data><value><int>1</int></value></data></array>", "<array><value>x</value></array>",
            "<struct><member><value><int>1</int></value></member></struct>",
            "<struct><member><name>a</name></member></struct>",
            "<struct><member><name></name><value/></member></struct>",
            "<struct><member><name>a</name><value>1</value></member><member><name>a</name><value>2</value>"
                    + "</member></struct>", "<unknownType>x</unknownType>", "<string><b>bold</b></string>",
            "<int>1</int><int>2</int>", "", "<value>inner</value>", "<string>&#0;</string>", "<ex:nil/>"};
    private static final String[] FAULT_CODES = {"<int>104</int>", "<string>104</string>", "<string>x</string>",
            "<double>1.5</double>", "<i8>99999999999</i8>", "<nil/>", "<struct></struct>", "<boolean>1</boolean>",
            ""};
    private static final String[] FAULT_STRINGS = {"<string>Invalid signature</string>", "<int>7</int>",
            "<struct></struct>", "<array><data/></array>", "<nil/>", "", "<base64>QUJD</base64>",
            "<string>" + "F".repeat(20_000) + "</string>"};

    private XmlRpcAttacks() {
    }

    static String wrongValueType(String xml, Random random) {
        Matcher m = LEAF_VALUE.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(1), m.end(1)});
        }
        String value = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[0]) + value + xml.substring(span[1]);
    }

    static String deleteMember(String xml, Random random) {
        Matcher m = MEMBER.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[0]) + xml.substring(span[1]);
    }

    /** A fault whose members are missing, repeated, or of the wrong types. */
    static String fault(Random random) {
        StringBuilder members = new StringBuilder();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            boolean code = random.nextBoolean();
            String name = code ? "faultCode" : random.nextInt(5) == 0 ? "other" : "faultString";
            String value = code ? FAULT_CODES[random.nextInt(FAULT_CODES.length)]
                    : FAULT_STRINGS[random.nextInt(FAULT_STRINGS.length)];
            members.append("<member><name>").append(name).append("</name><value>").append(value)
                    .append("</value></member>");
        }
        String value = switch (random.nextInt(5)) {
            case 0 -> "<array><data><value><struct>" + members + "</struct></value></data></array>";
            case 1 -> "<string>fault</string>";
            default -> "<struct>" + members + "</struct>";
        };
        String tail = random.nextInt(6) == 0 ? "<params><param><value>1</value></param></params>" : "";
        return "<?xml version=\"1.0\"?><methodResponse><fault><value>" + value + "</value></fault>" + tail
                + "</methodResponse>";
    }

    /** Documents that are XML-RPC-like but not a response of one value. */
    static String wrongEnvelope(Random random) {
        String[] envelopes = {"<methodResponse/>", "<methodResponse><params/></methodResponse>",
                "<methodResponse><params><param/></params></methodResponse>",
                "<methodResponse><params><param><value><int>1</int></value></param><param><value><int>2</int>"
                        + "</value></param></params></methodResponse>",
                "<methodCall><methodName>system.listMethods</methodName><params/></methodCall>",
                "<methodCall><methodName>" + "m".repeat(5_000) + "</methodName></methodCall>",
                "<methodResponse><params><param><value><int>1</int></value></param></params><fault/>"
                        + "</methodResponse>",
                "<methodresponse><params><param><value>1</value></param></params></methodresponse>",
                "<response><params><param><value>1</value></param></params></response>"};
        return envelopes[random.nextInt(envelopes.length)];
    }

    static String nested(int depth) {
        return "<methodResponse><params><param>" + "<value><array><data>".repeat(depth)
                + "</data></array></value>".repeat(depth) + "</param></params></methodResponse>";
    }

    /** Far more values than any answer has, each tiny. */
    static String manyValues(int count) {
        return "<methodResponse><params><param><value><array><data>" + "<value>1</value>".repeat(count)
                + "</data></array></value></param></params></methodResponse>";
    }
}
