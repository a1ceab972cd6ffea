package io.farmroutes.spi.operation;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of an operation: its Camel-facing name, its name on the wire, its type, whether it is
 * required, where it travels, and whether a component credential option of the same name may supply it.
 */
public record ParameterDescriptor(String name, String wireName, ParamType type, boolean required,
                                  ParamLocation location, boolean secret, boolean credential,
                                  String description, Long min, Long max, Integer maxLength, Object defaultValue,
                                  List<String> allowedValues, String dateTimeFormat) {

    public ParameterDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        wireName = wireName == null ? name : wireName;
        description = description == null ? "" : description;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    public ParameterDescriptor(String name, String wireName, ParamType type, boolean required, ParamLocation location,
                               boolean secret, boolean credential, String description, Long min, Long max,
                               Integer maxLength, Object defaultValue, List<String> allowedValues) {
        this(name, wireName, type, required, location, secret, credential, description, min, max, maxLength,
                defaultValue, allowedValues, null);
    }

    public ParameterDescriptor(String name, String wireName, ParamType type, boolean required, ParamLocation location,
                               boolean secret, boolean credential, String description, Long min, Long max,
                               Integer maxLength) {
        this(name, wireName, type, required, location, secret, credential, description, min, max, maxLength, null,
                null);
    }

    /** The same constraints for one element of a list parameter, typed as that element. */
    public ParameterDescriptor asElement(ParamType elementType) {
        return new ParameterDescriptor(name, wireName, elementType, false, location, secret, false, description, min,
                max, maxLength, null, allowedValues, dateTimeFormat);
    }

    public ParameterDescriptor(String name, String wireName, ParamType type, boolean required, ParamLocation location,
                               boolean secret, boolean credential, String description) {
        this(name, wireName, type, required, location, secret, credential, description, null, null, null);
    }

    /** Starts a parameter whose wire name equals its name, a query string, not required. */
    public static Builder param(String name, ParamType type) {
        return new Builder(name, type);
    }

    /** Fluent construction, so that catalogs read like the spec tables they come from. */
    public static final class Builder {
        private final String name;
        private final ParamType type;
        private String wireName;
        private boolean required;
        private ParamLocation location = ParamLocation.QUERY;
        private boolean secret;
        private boolean credential;
        private String description;
        private Long min;
        private Long max;
        private Integer maxLength;
        private Object defaultValue;
        private List<String> allowedValues;
        private String dateTimeFormat;

        private Builder(String name, ParamType type) {
            this.name = name;
            this.type = type;
        }

        public Builder wire(String wireName) {
            this.wireName = wireName;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder in(ParamLocation location) {
            this.location = location;
            return this;
        }

        /** A secret value: never logged, never in an exception message. */
        public Builder secret() {
            this.secret = true;
            return this;
        }

        /** May be supplied by the component option of the same name when the call does not give it. */
        public Builder credential() {
            this.credential = true;
            return this;
        }

        public Builder doc(String description) {
            this.description = description;
            return this;
        }

        /** Accepted numeric range, both ends included. */
        public Builder range(long low, long high) {
            this.min = low;
            this.max = high;
            return this;
        }

        /** Longest accepted text, in characters. */
        public Builder maxLength(int length) {
            this.maxLength = length;
            return this;
        }

        /** The value sent when the call gives none (the service's own default, made explicit). */
        public Builder defaultValue(Object value) {
            this.defaultValue = value;
            return this;
        }

        /** The only values accepted, compared as text. */
        public Builder allowed(String... values) {
            this.allowedValues = List.of(values);
            return this;
        }

        /**
         * Text that must be a date or time in this {@link java.time.format.DateTimeFormatter} pattern (read
         * strictly, so use {@code uuuu} for the year); an empty text still means "not given".
         */
        public Builder dateTime(String pattern) {
            java.time.format.DateTimeFormatter.ofPattern(pattern);
            this.dateTimeFormat = pattern;
            return this;
        }

        public ParameterDescriptor build() {
            return new ParameterDescriptor(name, wireName, type, required, location, secret, credential, description,
                    min, max, maxLength, defaultValue, allowedValues, dateTimeFormat);
        }
    }
}
