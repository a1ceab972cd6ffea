package io.farmroutes.ipernity.service;

import io.farmroutes.spi.util.Digests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ipernity's {@code api_sig} (spec §3): MD5 over the parameters sorted by name, each as name + raw value, then
 * the method name (nothing for an authorize link), then the application secret; lower-case hex.
 */
public final class ApiSignature {

    /** Never part of the signed string: the signature itself and the upload's file part. */
    private static final List<String> UNSIGNED = List.of("api_sig", "file");

    private ApiSignature() {
    }

    /**
     * @param parameters every parameter that will be sent
     * @param method     the method name, or "" for an authorize link
     */
    public static String sign(List<Map.Entry<String, String>> parameters, String method, String secret) {
        return Digests.md5Hex(stringToSign(parameters, method, secret));
    }

    /** The text that is hashed; package-visible for tests only, since it contains the secret. */
    static String stringToSign(List<Map.Entry<String, String>> parameters, String method, String secret) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>();
        for (Map.Entry<String, String> p : parameters) {
            if (!UNSIGNED.contains(p.getKey())) {
                sorted.add(p);
            }
        }
        // String.compareTo is the byte order the spec asks for on ASCII names; the sort is stable for repeats
        sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> p : sorted) {
            text.append(p.getKey()).append(p.getValue() == null ? "" : p.getValue());
        }
        return text.append(method == null ? "" : method).append(secret).toString();
    }

}
