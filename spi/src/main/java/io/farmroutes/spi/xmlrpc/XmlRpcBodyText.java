package io.farmroutes.spi.xmlrpc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a body's bytes into characters by a byte order mark, else the transport's charset, else UTF-8. The
 * XML declaration's {@code encoding} is never consulted: the documented samples declare UTF-16 over
 * single-byte text. Bytes that are invalid in the chosen charset are refused rather than replaced, so that a
 * corrupted value cannot pass as a different one.
 */
final class XmlRpcBodyText {

    private XmlRpcBodyText() {
    }

    static String decode(byte[] body, Charset transportCharset) throws DecodeProblem {
        Charset charset;
        int skip;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            charset = transportCharset != null ? transportCharset : StandardCharsets.UTF_8;
            skip = 0;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
        // sized for the worst case, so that one pass decodes everything and the error position is exact
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            throw DecodeProblem.refused("the body is not valid " + charset.name() + " (bad byte sequence at offset "
                    + in.position() + ")");
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
