package io.farmroutes.spi.json;

import io.farmroutes.spi.xml.BodyText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for services' answers: unknown fields are ignored by the typed part of a model (models keep
 * them in an {@code @JsonAnySetter} map), numbers sent as strings and decimals sent for integers are
 * accepted, a single value stands for a one-element list and an empty string for null.
 */
public final class LenientJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private static final int MISMATCH_EXCERPT = 300;

    private LenientJson() {
    }

    /** The shared mapper; thread-safe, do not reconfigure. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Converts a tree (or any JSON-shaped value) to a model; a mismatch is an IllegalArgumentException. */
    public static <T> T convert(Object value, Class<T> type) {
        return MAPPER.convertValue(value, type);
    }

    /**
     * Why a tree did not fit a model, bounded: the JSON path and the start of Jackson's reason. Jackson's own
     * message repeats the offending value whole, which a hostile answer can make megabytes long.
     */
    public static String describeMismatch(IllegalArgumentException mismatch) {
        if (mismatch.getCause() instanceof JsonMappingException jackson) {
            String reason = String.valueOf(jackson.getOriginalMessage());
            int newline = reason.indexOf('\n');
            String firstLine = newline < 0 ? reason : reason.substring(0, newline);
            return BodyText.excerpt(firstLine, MISMATCH_EXCERPT) + " (at " + jackson.getPathReference() + ")";
        }
        return BodyText.excerpt(String.valueOf(mismatch.getMessage()), MISMATCH_EXCERPT);
    }

    /** Whether a conversion failure is Jackson's (its cause repeats the offending value and is best dropped). */
    public static boolean isJacksonMismatch(IllegalArgumentException failure) {
        return failure.getCause() instanceof JsonMappingException;
    }

    public static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
