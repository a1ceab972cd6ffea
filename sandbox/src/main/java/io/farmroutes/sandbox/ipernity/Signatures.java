package io.farmroutes.sandbox.ipernity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The server side of api_sig (spec §3), written independently of the client's so that each checks the other. */
public final class Signatures {

    private Signatures() {
    }

    /** MD5 of the sorted name+value pairs (without api_sig and file), the method name (may be "") and the secret. */
    public static String apiSig(List<Map.Entry<String, String>> params, String method, String secret) {
        List<Map.Entry<String, String>> signed = new ArrayList<>();
        for (Map.Entry<String, String> p : params) {
            if (!p.getKey().equals("api_sig") && !p.getKey().equals("file")) {
                signed.add(p);
            }
        }
        signed.sort((a, b) -> a.getKey().compareTo(b.getKey()));
        StringBuilder text = new StringBuilder();
        signed.forEach(p -> text.append(p.getKey()).append(p.getValue()));
        text.append(method).append(secret);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
