package io.farmroutes.spi.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded, deterministic generator of malformed and hostile answers for one decoder: mutations of valid
 * answers, charset trouble, HTML error pages, format-specific attacks (external entities and entity expansion
 * for XML, wrong value types for XML-RPC and JSON), and now and then a heavy body (100k-deep nesting, 10 MB
 * strings, one past the 16 MiB answer limit). Body {@code i} depends only on the seed and {@code i}.
 */
public final class HostileBodies {

    /** One body in this many is a heavy one, so that a run of 100,000 holds 10 of them (every kind at least once). */
    public static final int HEAVY_EVERY = 10_000;
    public static final int DEEP_NESTING = 100_000;
    public static final int TEN_MEBIBYTES = 10 * 1024 * 1024;
    /** One byte beyond the transport's default answer limit (HttpSettings.DEFAULT_MAX_RESPONSE_BYTES). */
    public static final int OVER_THE_LIMIT = 16 * 1024 * 1024 + 1;
    private static final int[] STATUSES = {200, 201, 204, 301, 302, 400, 401, 403, 404, 429, 500, 502, 503, 504};
    private static final String[] HTML_PAGES = {
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                    + "<hr><center>nginx</center></body></html>",
            "<html><body>Project is down for maintenance &nbsp; <script>var a = '<b>';</script></body></html>",
            "<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>missing or bad parameter: userid</BODY></HTML>",
            "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><p>Unterminated <b>page",
            "<head><style>p{}</style></head><body>" + "&lt;".repeat(200) + "</body>",
            "Deprecated", "deprecated: use another RPC", "Fatal error: Uncaught Exception in /var/www/x.php:12",
            "<br />\n<b>Warning</b>:  mysql_connect(): Too many connections in <b>/x/db.inc</b>"};

    private final long seed;
    private final BodyFormat format;
    private final List<String> validAnswers;
    private final HostileCanary canary;
    private final List<Attack> attacks = new ArrayList<>();
    private int totalWeight;

    /**
     * @param validAnswers real answers of the decoder's service, which most attacks start from
     */
    public HostileBodies(long seed, BodyFormat format, List<String> validAnswers, HostileCanary canary) {
        if (validAnswers.isEmpty()) {
            throw new IllegalArgumentException("at least one valid answer is needed");
        }
        this.seed = seed;
        this.format = format;
        this.validAnswers = List.copyOf(validAnswers);
        this.canary = canary;
        addCommonAttacks();
        if (format == BodyFormat.JSON) {
            addJsonAttacks();
        } else {
            addXmlAttacks();
        }
        if (format == BodyFormat.XML_RPC) {
            addXmlRpcAttacks();
        }
    }

    public Stream<HostileBody> bodies(int count) {
        return IntStream.range(0, count).mapToObj(this::body);
    }

    public HostileBody body(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int status = random.nextInt(8) == 0 ? STATUSES[random.nextInt(STATUSES.length)] : 200;
        if (index % HEAVY_EVERY == HEAVY_EVERY - 1) {
            return heavy(index, index / HEAVY_EVERY, random, status);
        }
        String valid = validAnswers.get(random.nextInt(validAnswers.size()));
        int pick = random.nextInt(totalWeight);
        for (Attack attack : attacks) {
            pick -= attack.weight();
            if (pick < 0) {
                Encoded encoded = attack.make().apply(valid, random);
                return new HostileBody(seed, index, attack.family(), encoded.bytes(), encoded.headerCharset(), status);
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private HostileBody heavy(int index, int round, Random random, int status) {
        String valid = validAnswers.get(random.nextInt(validAnswers.size()));
        boolean json = format == BodyFormat.JSON;
        String family;
        String text;
        switch (round % 6) {
            case 0 -> {
                family = "heavy-deep-nesting";
                text = json ? (random.nextBoolean() ? JsonAttacks.nestedArrays(DEEP_NESTING)
                        : JsonAttacks.nestedObjects(DEEP_NESTING))
                        : format == BodyFormat.XML_RPC ? XmlRpcAttacks.nested(DEEP_NESTING)
                        : XmlAttacks.nested(XmlAttacks.rootName(valid), DEEP_NESTING);
            }
            case 1 -> {
                family = "heavy-10MB-string";
                text = json ? JsonAttacks.withHugeString(valid, TEN_MEBIBYTES)
                        : XmlAttacks.withHugeText(valid, TEN_MEBIBYTES);
            }
            case 2 -> {
                family = "heavy-over-the-limit";
                String base = json ? JsonAttacks.withHugeString(valid, 0) : XmlAttacks.withHugeText(valid, 0);
                int fill = Math.max(0, OVER_THE_LIMIT - base.length());
                text = json ? JsonAttacks.withHugeString(valid, fill) : XmlAttacks.withHugeText(valid, fill);
            }
            case 3 -> {
                family = "heavy-1M-digit-number";
                text = json ? JsonAttacks.hugeNumber(1_000_000)
                        : format == BodyFormat.XML_RPC
                        ? valid.replaceFirst("<(int|i4|string)>[^<]*</", "<$1>" + "9".repeat(1_000_000) + "</")
                        : XmlAttacks.withText(valid, "9".repeat(1_000_000));
            }
            case 4 -> {
                family = "heavy-many-values";
                text = json ? "[" + "1,".repeat(3_000_000) + "1]"
                        : format == BodyFormat.XML_RPC ? XmlRpcAttacks.manyValues(1_100_000)
                        : "<" + XmlAttacks.rootName(valid) + ">" + "<x/>".repeat(300_000) + "</"
                        + XmlAttacks.rootName(valid) + ">";
            }
            default -> {
                family = "heavy-10MB-whitespace";
                text = " \n\t".repeat(TEN_MEBIBYTES / 3) + valid;
            }
        }
        return new HostileBody(seed, index, family, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                status);
    }

    private void add(String family, int weight, BiFunction<String, Random, Encoded> make) {
        attacks.add(new Attack(family, weight, make));
        totalWeight += weight;
    }

    private void addText(String family, int weight, BiFunction<String, Random, String> make) {
        add(family, weight, (valid, random) -> Encoded.utf8(make.apply(valid, random)));
    }

    private void addCommonAttacks() {
        addText("valid", 3, (valid, random) -> valid);
        add("truncated", 10, (valid, random) -> new Encoded(Mutations.truncate(utf8(valid), random),
                StandardCharsets.UTF_8));
        addText("truncated-at-structure", 8, (valid, random) -> Mutations.truncateAtStructure(valid, format, random));
        add("byte-flips", 10, (valid, random) -> new Encoded(Mutations.flipBytes(utf8(valid), random),
                random.nextBoolean() ? StandardCharsets.UTF_8 : null));
        addText("token-deleted", 8, (valid, random) -> Mutations.deleteToken(valid, format, random));
        addText("token-duplicated", 8, (valid, random) -> Mutations.duplicateToken(valid, format, random));
        addText("debris-inserted", 6, (valid, random) -> Mutations.insertDebris(valid, random));
        add("random-bytes", 2, (valid, random) -> new Encoded(Mutations.randomBytes(random), null));
        add("empty", 2, (valid, random) -> emptyish(random));
        addText("html-page", 3, (valid, random) -> HTML_PAGES[random.nextInt(HTML_PAGES.length)]);
        add("charset-utf16", 3, this::utf16);
        add("charset-latin1-declared-utf8", 3, (valid, random) -> new Encoded(
                withAccents(valid, random).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        add("charset-invalid-utf8", 3, (valid, random) -> new Encoded(
                Mutations.insertInvalidUtf8(utf8(valid), random), StandardCharsets.UTF_8));
        add("charset-bom", 2, this::withBom);
        add("charset-header-lies", 2, this::lyingHeader);
        addText("huge-number", 3, (valid, random) -> valid.replaceFirst("\\d+",
                new String[]{"1e999999", "-1e999999", "9".repeat(10_000), "9223372036854775808", "NaN", "1e-999999",
                        "0x7fffffff", "-0"}[random.nextInt(8)]));
    }

    private void addXmlAttacks() {
        addText("xxe-file", 3, (valid, random) -> XmlAttacks.externalEntity(valid, canary.fileUrl()));
        addText("xxe-http", 2, (valid, random) -> XmlAttacks.externalEntity(valid,
                random.nextBoolean() ? canary.httpUrl("xxe") : "http://127.0.0.1:1/"));
        addText("xxe-parameter-entity", 2, (valid, random) -> XmlAttacks.parameterEntity(valid,
                random.nextBoolean() ? canary.fileUrl() : canary.httpUrl("dtd")));
        addText("external-dtd", 1, (valid, random) -> XmlAttacks.externalDtd(valid, canary.httpUrl("ext.dtd")));
        addText("xinclude", 1, (valid, random) -> XmlAttacks.xinclude(valid, canary.fileUrl()));
        addText("billion-laughs", 2, (valid, random) -> XmlAttacks.billionLaughs(valid));
        addText("quadratic-blowup", 1, (valid, random) -> XmlAttacks.quadraticBlowup(valid, random));
        addText("element-text-wrong", format == BodyFormat.XML ? 12 : 4,
                (valid, random) -> XmlAttacks.replaceElementText(valid, random));
        addText("nesting-near-limit", 2, (valid, random) -> XmlAttacks.nested(XmlAttacks.rootName(valid),
                60 + random.nextInt(10) + (random.nextBoolean() ? 0 : 1_000)));
        addText("two-roots", 1, (valid, random) -> valid + XmlAttacks.withReference(valid, "", "")
                .replaceFirst("^<\\?xml[^>]*\\?>", ""));
    }

    private void addXmlRpcAttacks() {
        addText("xmlrpc-wrong-type", 10, (valid, random) -> XmlRpcAttacks.wrongValueType(valid, random));
        addText("xmlrpc-member-missing", 4, (valid, random) -> XmlRpcAttacks.deleteMember(valid, random));
        addText("xmlrpc-fault-shape", 5, (valid, random) -> XmlRpcAttacks.fault(random));
        addText("xmlrpc-envelope", 3, (valid, random) -> XmlRpcAttacks.wrongEnvelope(random));
        addText("xmlrpc-nesting-near-limit", 2, (valid, random) -> XmlRpcAttacks.nested(60 + random.nextInt(10)));
    }

    private void addJsonAttacks() {
        addText("json-wrong-type", 14, (valid, random) -> JsonAttacks.wrongType(valid, random));
        addText("json-nulls", 3, (valid, random) -> JsonAttacks.nulls(valid));
        addText("json-duplicate-key", 4, (valid, random) -> JsonAttacks.duplicateKey(valid, random));
        addText("json-wrong-root", 3, (valid, random) -> JsonAttacks.wrongRoot(random));
        addText("json-non-standard", 3, (valid, random) -> JsonAttacks.nonStandardSyntax(random));
        addText("json-nesting-near-limit", 2, (valid, random) -> random.nextBoolean()
                ? JsonAttacks.nestedArrays(990 + random.nextInt(20)) : JsonAttacks.nestedObjects(990 + random.nextInt(20)));
    }

    private Encoded emptyish(Random random) {
        byte[][] bodies = {{}, {' '}, {'\n', '\r', '\t'}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                {(byte) 0xFE, (byte) 0xFF}, "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII)};
        return new Encoded(bodies[random.nextInt(bodies.length)], random.nextBoolean() ? StandardCharsets.UTF_8 : null);
    }

    private Encoded utf16(String valid, Random random) {
        Charset[] encodings = {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        Charset[] headers = {null, StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE};
        String text = random.nextBoolean() ? valid.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-16\"") : valid;
        return new Encoded(withAccents(text, random).getBytes(encodings[random.nextInt(encodings.length)]),
                headers[random.nextInt(headers.length)]);
    }

    private Encoded withBom(String valid, Random random) {
        byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
                {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(boms[random.nextInt(boms.length)]);
        out.writeBytes(utf8(valid));
        return new Encoded(out.toByteArray(), random.nextBoolean() ? StandardCharsets.UTF_8 : null);
    }

    private Encoded lyingHeader(String valid, Random random) {
        List<Charset> lies = new ArrayList<>(List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16BE,
                StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1));
        for (String name : new String[]{"UTF-32", "windows-1252", "IBM037", "Shift_JIS"}) {
            if (Charset.isSupported(name)) {
                lies.add(Charset.forName(name));
            }
        }
        Charset header = lies.get(random.nextInt(lies.size()));
        String text = random.nextBoolean() ? valid : withAccents(valid, random);
        byte[] bytes = random.nextBoolean() ? utf8(text) : text.getBytes(header);
        return new Encoded(bytes, header);
    }

    /** Non-ASCII letters inside the text, where a wrong charset shows. */
    private static String withAccents(String text, Random random) {
        String[] accents = {"é", "ü", "ñ", "€", "ß", "José", "\u00A0"};
        StringBuilder out = new StringBuilder(text);
        int at = text.indexOf('>') >= 0 ? text.indexOf('>') + 1 : text.indexOf('"') + 1;
        out.insert(Math.max(0, Math.min(at, out.length())), accents[random.nextInt(accents.length)]);
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A body's bytes and the charset its header names. */
    private record Encoded(byte[] bytes, Charset headerCharset) {

        static Encoded utf8(String text) {
            return new Encoded(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    private record Attack(String family, int weight, BiFunction<String, Random, Encoded> make) {
    }
}
