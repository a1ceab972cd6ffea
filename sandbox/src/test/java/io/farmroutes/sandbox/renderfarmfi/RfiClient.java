package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.Http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A test client that signs with {@link OAuthTestSigner} and sends over real HTTP. Every knob a test needs to
 * break one thing at a time: placement, version, timestamp, nonce, signature method, a wrong signature, a
 * parameter sent but not signed.
 */
final class RfiClient {

    /** Where the protocol parameters travel. */
    enum Placement { HEADER, QUERY }

    private final RenderfarmFiEmulator emulator;
    private String consumerKey;
    private String consumerSecret;
    private String token;
    private String tokenSecret = "";
    private Placement placement = Placement.HEADER;
    private String version;
    private Long timestamp;
    private String nonce;
    private String signatureMethod = "HMAC-SHA1";
    private String signatureOverride;
    private final List<String[]> extra = new ArrayList<>();
    private final List<String[]> unsigned = new ArrayList<>();
    private final List<String[]> formBody = new ArrayList<>();

    private RfiClient(RenderfarmFiEmulator emulator) {
        this.emulator = emulator;
        this.consumerKey = emulator.consumerKey();
        this.consumerSecret = emulator.consumerSecret();
    }

    /** The seeded consumer, no token. */
    static RfiClient consumer(RenderfarmFiEmulator emulator) {
        return new RfiClient(emulator);
    }

    /** The seeded consumer with the seeded access token. */
    static RfiClient user(RenderfarmFiEmulator emulator) {
        return new RfiClient(emulator).token(emulator.accessToken(), emulator.accessTokenSecret());
    }

    RfiClient consumer(String key, String secret) {
        this.consumerKey = key;
        this.consumerSecret = secret;
        return this;
    }

    RfiClient token(String value, String secret) {
        this.token = value;
        this.tokenSecret = secret;
        return this;
    }

    RfiClient placement(Placement where) {
        this.placement = where;
        return this;
    }

    RfiClient version(String value) {
        this.version = value;
        return this;
    }

    RfiClient timestamp(long unixSeconds) {
        this.timestamp = unixSeconds;
        return this;
    }

    RfiClient nonce(String value) {
        this.nonce = value;
        return this;
    }

    RfiClient signatureMethod(String value) {
        this.signatureMethod = value;
        return this;
    }

    RfiClient signature(String forced) {
        this.signatureOverride = forced;
        return this;
    }

    /** A protocol parameter sent and signed, e.g. {@code oauth_callback}. */
    RfiClient param(String name, String value) {
        extra.add(new String[] {name, value});
        return this;
    }

    /** A protocol parameter sent but left out of the signature, as a buggy client would. */
    RfiClient unsignedParam(String name, String value) {
        unsigned.add(new String[] {name, value});
        return this;
    }

    /** A form-encoded body parameter (signed, as RFC 5849 requires). */
    RfiClient form(String name, String value) {
        formBody.add(new String[] {name, value});
        return this;
    }

    /** The current time by the emulator's clock. */
    long now() {
        return emulator.settings().clock().instant().getEpochSecond();
    }

    /** The protocol parameters, signed for a POST to the method's URL. */
    List<String[]> protocolParameters(String method) {
        List<String[]> oauth = new ArrayList<>();
        oauth.add(new String[] {"oauth_consumer_key", consumerKey});
        if (token != null) {
            oauth.add(new String[] {"oauth_token", token});
        }
        oauth.add(new String[] {"oauth_signature_method", signatureMethod});
        oauth.add(new String[] {"oauth_timestamp", Long.toString(timestamp != null ? timestamp : now())});
        oauth.add(new String[] {"oauth_nonce", nonce != null ? nonce : UUID.randomUUID().toString()});
        if (version != null) {
            oauth.add(new String[] {"oauth_version", version});
        }
        oauth.addAll(extra);
        List<String[]> signed = new ArrayList<>(oauth);
        signed.addAll(formBody);
        String base = OAuthTestSigner.baseString("POST", emulator.url() + "/" + method, signed);
        oauth.addAll(unsigned);
        oauth.add(new String[] {"oauth_signature", signatureOverride != null ? signatureOverride
                : OAuthTestSigner.signature(consumerSecret, tokenSecret, base)});
        return oauth;
    }

    /** A POST to an oauth.* endpoint: empty body, or the form parameters. */
    Http.Reply oauth(String method) {
        String body = encodeForm(formBody);
        return send(method, formBody.isEmpty() ? null : "application/x-www-form-urlencoded", body);
    }

    /** A POST of an XML-RPC body to a method's URL. */
    Http.Reply xmlrpc(String method, String body) {
        return send(method, "text/xml", body);
    }

    Http.Reply send(String method, String contentType, String body) {
        return sendBytes(method, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    Http.Reply sendBytes(String method, String contentType, byte[] body) {
        List<String[]> oauth = protocolParameters(method);
        String url = emulator.url() + "/" + method;
        HttpRequest.Builder request;
        if (placement == Placement.QUERY) {
            request = HttpRequest.newBuilder(URI.create(url + "?" + encodeForm(oauth)));
        } else {
            request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", header(oauth));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return Http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static String header(List<String[]> oauth) {
        StringBuilder h = new StringBuilder("OAuth realm=\"Renderfarm.fi\"");
        for (String[] p : oauth) {
            h.append(", ").append(OAuthTestSigner.encode(p[0])).append("=\"").append(OAuthTestSigner.encode(p[1]))
                    .append('"');
        }
        return h.toString();
    }

    static String encodeForm(List<String[]> pairs) {
        StringBuilder out = new StringBuilder();
        for (String[] p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(OAuthTestSigner.encode(p[0])).append('=').append(OAuthTestSigner.encode(p[1]));
        }
        return out.toString();
    }
}
