package io.farmroutes.spi.hostile;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Format-blind damage to a body: cuts, flipped bytes, lost and repeated tokens, inserted debris. */
final class Mutations {

    private static final Pattern XML_TOKENS = Pattern.compile("<[^<>]*>|[^<>]+|[<>]");
    private static final Pattern JSON_TOKENS =
            Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|[{}\\[\\]:,]|[^{}\\[\\]:,\"\\s]+|\\s+");
    private static final String[] DEBRIS = {"<", ">", "&", "&amp", "]]>", "<![CDATA[", "<!--", "\"", "'", "\\",
            "{", "}", "[", "]", ",", ":", "\u0000", "\u0001", "\uFFFE", "\uFFFF", "\u202E", "\r\n", "</", "/>",
            "<x>", "</x>", "null", "NaN", "-", "1e", "0x", "\\u12", "\\ud800", "%00", "é", "€", "\uD83D\uDE00"};

    private Mutations() {
    }

    static byte[] truncate(byte[] body, Random random) {
        return body.length == 0 ? body : java.util.Arrays.copyOf(body, random.nextInt(body.length));
    }

    /** Cuts just before or just after a structural character, where decoders most often assume more follows. */
    static String truncateAtStructure(String text, BodyFormat format, Random random) {
        String structural = format == BodyFormat.JSON ? "{}[]:,\"\\" : "<>/=\"&;";
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (structural.indexOf(text.charAt(i)) >= 0) {
                cuts.add(i);
            }
        }
        if (cuts.isEmpty()) {
            return text.substring(0, random.nextInt(text.length() + 1));
        }
        int at = cuts.get(random.nextInt(cuts.size())) + random.nextInt(2);
        return text.substring(0, Math.min(at, text.length()));
    }

    static byte[] flipBytes(byte[] body, Random random) {
        byte[] copy = body.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            int at = random.nextInt(copy.length);
            copy[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (copy[at] ^ (1 << random.nextInt(8)));
        }
        return copy;
    }

    static String deleteToken(String text, BodyFormat format, Random random) {
        List<int[]> tokens = tokens(text, format);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        return text.substring(0, t[0]) + text.substring(t[1]);
    }

    static String duplicateToken(String text, BodyFormat format, Random random) {
        List<int[]> tokens = tokens(text, format);
        if (tokens.isEmpty()) {
            return text;
        }
        int[] t = tokens.get(random.nextInt(tokens.size()));
        String token = text.substring(t[0], t[1]);
        return text.substring(0, t[1]) + token.repeat(1 + random.nextInt(3)) + text.substring(t[1]);
    }

    static String insertDebris(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int inserts = 1 + random.nextInt(3);
        for (int i = 0; i < inserts; i++) {
            out.insert(random.nextInt(out.length() + 1), DEBRIS[random.nextInt(DEBRIS.length)]);
        }
        return out.toString();
    }

    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Byte sequences no UTF-8 decoder may accept: a lone continuation, an overlong form, a surrogate, a cut. */
    static byte[] insertInvalidUtf8(byte[] body, Random random) {
        byte[][] invalid = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xFF},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] chosen = invalid[random.nextInt(invalid.length)];
        int at = random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + chosen.length);
        out.write(body, 0, at);
        out.writeBytes(chosen);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static List<int[]> tokens(String text, BodyFormat format) {
        Matcher m = (format == BodyFormat.JSON ? JSON_TOKENS : XML_TOKENS).matcher(text);
        List<int[]> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
        }
        return tokens;
    }
}
