package io.farmroutes.spi.oauth;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5849 §3.6 percent-encoding: only the unreserved characters pass, everything else becomes upper-case
 * %XX of its UTF-8 bytes. {@link java.net.URLEncoder} is not it (space as '+', '*' kept, '~' encoded).
 */
public final class OAuthEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OAuthEncoding() {
    }

    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
               || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
