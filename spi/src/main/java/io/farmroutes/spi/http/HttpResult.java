package io.farmroutes.spi.http;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP answer, fully read (within the configured size limit). */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body, String mimeType,
                         Charset charset) {

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A status a later attempt may not see again: a server error, a gateway page or a rate limit (429). */
    public boolean isTransientStatus() {
        return status >= 500 || status == 429;
    }

    public boolean isRedirect() {
        return status >= 300 && status < 400;
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + (mimeType == null ? "" : mimeType) + " (" + body.length + " bytes)";
    }
}
