package io.farmroutes.sandbox.renderfarmfi;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an {@code Authorization: OAuth name="value", …} header (RFC 5849 §3.5.1). Values are percent-decoded
 * strictly: a '+' stays a '+', since only form encoding makes it a space.
 */
final class OAuthHeader {

    private static final String SCHEME = "oauth";

    private OAuthHeader() {
    }

    /**
     * The {@code oauth_*} pairs of the header, {@code realm} left out (it is never signed); empty when the header
     * uses another scheme.
     *
     * @throws OAuthProblem {@code parameter_rejected} when the header cannot be read
     */
    static Optional<List<Map.Entry<String, String>>> parse(String header) {
        String text = header.strip();
        int space = indexOfWhitespace(text);
        String scheme = space < 0 ? text : text.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        int i = space < 0 ? text.length() : space;
        while (true) {
            i = skip(text, i, " \t,");
            if (i >= text.length()) {
                break;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw malformed("a parameter without '=' at position " + i);
            }
            String name = text.substring(i, eq).strip();
            if (eq + 1 >= text.length() || text.charAt(eq + 1) != '"') {
                throw malformed("the value of " + name + " is not in double quotes");
            }
            int close = text.indexOf('"', eq + 2);
            if (close < 0) {
                throw malformed("the value of " + name + " has no closing quote");
            }
            String value = decode(name, text.substring(eq + 2, close));
            if (name.startsWith("oauth_")) {
                pairs.add(Map.entry(decode("a parameter name", name), value));
            }
            i = skip(text, close + 1, " \t");
            if (i < text.length() && text.charAt(i) != ',') {
                throw malformed("expected ',' after the value of " + name);
            }
        }
        return Optional.of(pairs);
    }

    private static String decode(String what, String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int hi = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int lo = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw malformed("a broken percent escape in " + what);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                throw malformed("a character that must be percent-encoded in " + what);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(what + " is not UTF-8 once decoded");
        }
    }

    private static int skip(String text, int from, String characters) {
        int i = from;
        while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static OAuthProblem malformed(String detail) {
        return new OAuthProblem(OAuthProblem.PARAMETER_REJECTED, "malformed Authorization header: " + detail);
    }
}
