package io.farmroutes.spi.error;

import java.util.List;

/** A parameter is unknown, missing or of the wrong type; raised before anything is sent. */
public class InvalidParameterException extends FarmException {

    private final String parameter;
    private final List<String> suggestions;

    public InvalidParameterException(String endpoint, String parameter, String problem, List<String> suggestions) {
        super(endpoint, describe(endpoint, parameter, problem, suggestions));
        this.parameter = parameter;
        this.suggestions = List.copyOf(suggestions);
    }

    public InvalidParameterException(String endpoint, String parameter, String problem) {
        this(endpoint, parameter, problem, List.of());
    }

    private static String describe(String endpoint, String parameter, String problem, List<String> suggestions) {
        StringBuilder text = new StringBuilder();
        text.append(endpoint).append(": parameter '").append(parameter).append("' ").append(problem);
        if (!suggestions.isEmpty()) {
            text.append(" (did you mean ").append(String.join(", ", suggestions)).append("?)");
        }
        return text.toString();
    }

    public String getParameter() {
        return parameter;
    }

    /** The nearest valid parameter names, best first; empty when none is close. */
    public List<String> getSuggestions() {
        return suggestions;
    }
}
