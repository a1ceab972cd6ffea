package io.farmroutes.spi.xmlrpc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Encodes and decodes XML-RPC messages (Renderfarm.fi spec §4): strict and hardened on input, with the
 * spec §8 repairs tried only after a strict parse has failed. Thread-safe; one instance serves any number of
 * callers.
 */
public final class XmlRpcCodec {

    private static final XmlRpcCodec STANDARD = new XmlRpcCodec(XmlRpcLimits.defaults());
    private static final int EXCERPT_LENGTH = 160;
    private static final String UNNAMED_SOURCE = "an unnamed source";

    private final XmlRpcLimits limits;
    private final XmlRpcReader reader;

    public XmlRpcCodec(XmlRpcLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
        this.reader = new XmlRpcReader(limits);
    }

    /** A shared codec with {@link XmlRpcLimits#defaults()}. */
    public static XmlRpcCodec standard() {
        return STANDARD;
    }

    public XmlRpcLimits limits() {
        return limits;
    }

    /**
     * The message as UTF-8 bytes, with an XML declaration saying so.
     *
     * @throws IllegalArgumentException when a value cannot be sent (null, an int beyond 32 bits, NaN, a
     *                                  character XML forbids, an unsupported type, nesting beyond the limit)
     */
    public byte[] encode(XmlRpcMessage message) {
        return XmlRpcWriter.write(message, limits).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes a methodCall or a methodResponse (params or fault).
     *
     * @param transportCharset the charset of the Content-Type header, or null; a byte order mark overrides it,
     *                         and the XML declaration's encoding is never consulted
     * @param source names the endpoint or caller, for error messages
     * @throws XmlRpcFormatException for anything that is not a well-formed, well-shaped XML-RPC message within
     *                               the limits; nothing else is ever thrown
     */
    public XmlRpcMessage decode(byte[] body, Charset transportCharset, String source) {
        String from = source == null ? UNNAMED_SOURCE : source;
        if (body == null || body.length == 0) {
            throw new XmlRpcFormatException(from, "the body is empty", null, null);
        }
        String text;
        try {
            text = XmlRpcBodyText.decode(body, transportCharset);
        } catch (DecodeProblem problem) {
            throw new XmlRpcFormatException(from, problem.getMessage(), byteExcerpt(body), null);
        } catch (RuntimeException unexpected) {
            throw new XmlRpcFormatException(from, "the body could not be decoded: " + unexpected, byteExcerpt(body),
                    unexpected);
        }
        return decodeText(text, from);
    }

    /**
     * Decodes a message that is already characters (a String body, say); no charset question arises.
     *
     * @throws XmlRpcFormatException as {@link #decode(byte[], Charset, String)}
     */
    public XmlRpcMessage decodeText(String text, String source) {
        String from = source == null ? UNNAMED_SOURCE : source;
        if (text == null || XmlChars.isWhitespace(text)) {
            throw new XmlRpcFormatException(from, "the body is empty", null, null);
        }
        try {
            return readTolerantly(text);
        } catch (DecodeProblem problem) {
            throw new XmlRpcFormatException(from, problem.getMessage(), XmlChars.excerpt(text, EXCERPT_LENGTH), null);
        } catch (RuntimeException unexpected) {
            // the reader already maps parser failures; this is the last line that keeps the contract
            throw new XmlRpcFormatException(from, "the body could not be read: " + unexpected,
                    XmlChars.excerpt(text, EXCERPT_LENGTH), unexpected);
        }
    }

    /**
     * Decodes what must be an answer: a methodResponse with a value or a fault, never a methodCall.
     *
     * @return an {@link XmlRpcResponse} or an {@link XmlRpcFault}
     * @throws XmlRpcFormatException as {@link #decode(byte[], Charset, String)}, and for a methodCall
     */
    public XmlRpcMessage decodeResponse(byte[] body, Charset transportCharset, String source) {
        XmlRpcMessage message = decode(body, transportCharset, source);
        if (message instanceof XmlRpcCall call) {
            throw new XmlRpcFormatException(source == null ? UNNAMED_SOURCE : source,
                    "expected a <methodResponse> but got a <methodCall> of " + XmlRpcScalars.shorten(call.methodName()),
                    null, null);
        }
        return message;
    }

    /** Strictly first; the repairs only when that failed for a reason they might mend, and the strict error wins. */
    private XmlRpcMessage readTolerantly(String text) throws DecodeProblem {
        try {
            return reader.read(text);
        } catch (DecodeProblem strict) {
            if (!strict.isRepairable()) {
                throw strict;
            }
            String repaired = XmlRpcRepair.repair(text);
            if (repaired == text) {
                throw strict;
            }
            try {
                return reader.read(repaired);
            } catch (DecodeProblem stillBroken) {
                throw strict;
            }
        }
    }

    /** The first bytes of an undecodable body, as Latin-1 with control bytes escaped. */
    private static String byteExcerpt(byte[] body) {
        int length = Math.min(body.length, EXCERPT_LENGTH);
        return XmlChars.excerpt(new String(body, 0, length, StandardCharsets.ISO_8859_1), EXCERPT_LENGTH)
                + (body.length > length ? "…" : "");
    }
}
