package io.farmroutes.spi.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an answer's bytes by what they are, not by what the document declares: services that declare
 * ISO-8859-1 over UTF-8 bytes would otherwise turn {@code José} into {@code JosÃ©}.
 */
public final class BodyText {

    private BodyText() {
    }

    /**
     * @param headerCharset the charset of the Content-Type header, or null
     */
    public static String decode(byte[] body, Charset headerCharset) {
        int start = hasUtf8Bom(body) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return text.toString();
        } catch (CharacterCodingException notUtf8) {
            Charset fallback = headerCharset != null && !StandardCharsets.UTF_8.equals(headerCharset)
                    ? headerCharset : StandardCharsets.ISO_8859_1;
            return new String(body, start, body.length - start, fallback);
        }
    }

    private static boolean hasUtf8Bom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    /** The first characters of a body, on one line, for error messages. */
    public static String excerpt(String text, int max) {
        // only a prefix is looked at: the body may be megabytes, the excerpt never is
        int window = (int) Math.min(text.length(), max * 8L + 64);
        String oneLine = text.substring(0, window).strip().replaceAll("\\s+", " ");
        if (oneLine.length() > max) {
            return oneLine.substring(0, max) + "…";
        }
        return window < text.length() ? oneLine + "…" : oneLine;
    }
}
