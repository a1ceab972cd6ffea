package io.farmroutes.spi.operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One remote operation as data: its endpoint name ({@code api/method}), HTTP verb and path, parameters,
 * result, retry safety and paging. The engine needs nothing else to validate, build, send and decode a call.
 */
public final class OperationDescriptor {

    private final String api;
    private final String method;
    private final String description;
    private final String httpMethod;
    private final String path;
    private final List<ParameterDescriptor> parameters;
    private final List<ConstantParam> constants;
    private final List<List<String>> oneOfGroups;
    private final Class<?> resultType;
    private final String resultDescription;
    private final ResultReader resultReader;
    private final boolean retrySafe;
    private final boolean readOnly;
    private final Paging paging;
    private final Map<String, String> hints;
    private final Map<String, ParameterDescriptor> byName;

    private OperationDescriptor(Builder b) {
        this.api = b.api;
        this.method = b.method;
        this.description = b.description;
        this.httpMethod = b.httpMethod;
        this.path = b.path;
        this.parameters = List.copyOf(b.parameters);
        this.constants = List.copyOf(b.constants);
        this.oneOfGroups = List.copyOf(b.oneOfGroups);
        this.resultType = b.resultType;
        this.resultDescription = b.resultDescription != null ? b.resultDescription : b.resultType.getSimpleName();
        this.resultReader = b.resultReader;
        this.retrySafe = b.retrySafe;
        this.readOnly = b.readOnly;
        this.paging = b.paging;
        this.hints = Map.copyOf(b.hints);
        Map<String, ParameterDescriptor> index = new LinkedHashMap<>();
        for (ParameterDescriptor p : parameters) {
            if (index.put(p.name(), p) != null) {
                throw new IllegalArgumentException(endpoint() + " declares parameter " + p.name() + " twice");
            }
        }
        for (List<String> group : oneOfGroups) {
            for (String name : group) {
                if (!index.containsKey(name)) {
                    throw new IllegalArgumentException(endpoint() + ": one-of group names unknown parameter " + name);
                }
            }
        }
        this.byName = index;
    }

    public static Builder builder(String api, String method) {
        return new Builder(api, method);
    }

    /** The endpoint name, {@code api/method}, as it appears in URIs and in the operations list. */
    public String endpoint() {
        return api + "/" + method;
    }

    public String api() {
        return api;
    }

    public String method() {
        return method;
    }

    public String description() {
        return description;
    }

    public String httpMethod() {
        return httpMethod;
    }

    public String path() {
        return path;
    }

    public List<ParameterDescriptor> parameters() {
        return parameters;
    }

    public Optional<ParameterDescriptor> parameter(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<ConstantParam> constants() {
        return constants;
    }

    /** Groups of parameters of which at least one must be given. */
    public List<List<String>> oneOfGroups() {
        return oneOfGroups;
    }

    public Class<?> resultType() {
        return resultType;
    }

    /** The result as the reference documents it, for example {@code List<Team>}. */
    public String resultDescription() {
        return resultDescription;
    }

    public ResultReader resultReader() {
        return resultReader;
    }

    /** Whether the operation may be repeated automatically after a transient failure. */
    public boolean retrySafe() {
        return retrySafe;
    }

    /** Whether the operation only reads, and so may back a polling consumer. */
    public boolean readOnly() {
        return readOnly;
    }

    public Optional<Paging> paging() {
        return Optional.ofNullable(paging);
    }

    /** Service-specific facts the generic engine does not interpret. */
    public Optional<String> hint(String key) {
        return Optional.ofNullable(hints.get(key));
    }

    /** Returns a copy with another path, for services whose live paths differ from the documented ones. */
    public OperationDescriptor withPath(String newPath) {
        Builder b = toBuilder();
        b.path = newPath;
        return b.build();
    }

    /** Returns a copy sent with another HTTP verb and retry safety, for operations whose verb varies per call. */
    public OperationDescriptor withHttpMethod(String verb, boolean isRetrySafe) {
        Builder b = toBuilder();
        b.httpMethod = verb;
        b.retrySafe = isRetrySafe;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(api, method);
        b.description = description;
        b.httpMethod = httpMethod;
        b.path = path;
        b.parameters.addAll(parameters);
        b.constants.addAll(constants);
        b.oneOfGroups.addAll(oneOfGroups);
        b.resultType = resultType;
        b.resultDescription = resultDescription;
        b.resultReader = resultReader;
        b.retrySafe = retrySafe;
        b.readOnly = readOnly;
        b.paging = paging;
        b.hints.putAll(hints);
        return b;
    }

    @Override
    public String toString() {
        return endpoint() + " (" + httpMethod + " " + path + ")";
    }

    /** Fluent construction of a descriptor. */
    public static final class Builder {
        private final String api;
        private final String method;
        private String description = "";
        private String httpMethod = "GET";
        private String path;
        private final List<ParameterDescriptor> parameters = new ArrayList<>();
        private final List<ConstantParam> constants = new ArrayList<>();
        private final List<List<String>> oneOfGroups = new ArrayList<>();
        private Class<?> resultType = Object.class;
        private String resultDescription;
        private ResultReader resultReader = payload -> payload;
        private boolean retrySafe;
        private boolean readOnly;
        private Paging paging;
        private final Map<String, String> hints = new LinkedHashMap<>();

        private Builder(String api, String method) {
            this.api = Objects.requireNonNull(api);
            this.method = Objects.requireNonNull(method);
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder http(String verb, String path) {
            this.httpMethod = verb;
            this.path = path;
            return this;
        }

        public Builder param(ParameterDescriptor.Builder parameter) {
            parameters.add(parameter.build());
            return this;
        }

        public Builder constant(String wireName, String value, ParamLocation location) {
            constants.add(new ConstantParam(wireName, value, location));
            return this;
        }

        public Builder requireOneOf(String... names) {
            oneOfGroups.add(List.of(names));
            return this;
        }

        public Builder result(Class<?> type, ResultReader reader) {
            this.resultType = type;
            this.resultReader = reader;
            return this;
        }

        public Builder result(Class<?> type, String description, ResultReader reader) {
            this.resultDescription = description;
            return result(type, reader);
        }

        public Builder retrySafe(boolean retrySafe) {
            this.retrySafe = retrySafe;
            return this;
        }

        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        public Builder paging(Paging paging) {
            this.paging = paging;
            return this;
        }

        public Builder hint(String key, String value) {
            hints.put(key, value);
            return this;
        }

        public OperationDescriptor build() {
            Objects.requireNonNull(path, "path of " + api + "/" + method);
            return new OperationDescriptor(this);
        }
    }
}
