package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorResponse;

/** The HTTP replies the emulator sends besides the token endpoints' own: XML-RPC results and faults, 405. */
final class Replies {

    /** What the emulator declares for well-formed XML-RPC. */
    static final String XML_UTF8 = "text/xml; charset=utf-8";
    /** With sample quirks: no charset, so that only the (wrong) XML declaration speaks of an encoding. */
    static final String XML_SAMPLE = "text/xml";

    private Replies() {
    }

    static EmulatorResponse result(Object value, boolean sampleQuirks) {
        return EmulatorResponse.ok(contentType(sampleQuirks), new XmlRpcWriter(sampleQuirks).response(value));
    }

    /** A fault is an ordinary HTTP 200 reply (spec §4). */
    static EmulatorResponse fault(XmlRpcFault fault, boolean sampleQuirks) {
        return EmulatorResponse.ok(contentType(sampleQuirks),
                new XmlRpcWriter(sampleQuirks).fault(fault.code(), fault.getMessage()));
    }

    static String contentType(boolean sampleQuirks) {
        return sampleQuirks ? XML_SAMPLE : XML_UTF8;
    }

    static EmulatorResponse methodNotAllowed(String verb, String allowed) {
        return EmulatorResponse.status(405).withHeader("Allow", allowed).withBody(EmulatorResponse.HTML_UTF8,
                "<!DOCTYPE html>\n<html><head><title>405 Method Not Allowed</title></head><body>\n"
                        + "<h1>Method Not Allowed</h1>\n<p>" + html(verb) + " is not allowed here; use " + allowed
                        + ".</p>\n</body></html>\n");
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
