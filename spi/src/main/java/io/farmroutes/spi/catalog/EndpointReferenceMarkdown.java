package io.farmroutes.spi.catalog;

import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.List;
import java.util.stream.Collectors;

/** The human-readable endpoint reference, written from the same catalogs as the JSON list. */
public final class EndpointReferenceMarkdown {

    private EndpointReferenceMarkdown() {
    }

    public static String write(List<OperationCatalog> catalogs) {
        StringBuilder md = new StringBuilder();
        for (OperationCatalog catalog : catalogs) {
            md.append("# `").append(catalog.scheme()).append(":` endpoints");
            if (catalog.provider() != null) {
                md.append(" — provider `").append(catalog.provider()).append('`');
            }
            md.append("\n\n<!-- generated from the operation catalog by the build; do not edit -->\n\n");
            md.append("| endpoint | operation | wire | result | retry-safe | consumer |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (OperationDescriptor op : catalog.operations()) {
                md.append("| `").append(catalog.scheme()).append(':').append(op.endpoint()).append("` | ")
                        .append(cell(op.description())).append(" | `").append(op.httpMethod()).append(' ')
                        .append(op.path()).append("` | `").append(op.resultDescription()).append("` | ")
                        .append(op.retrySafe() ? "yes" : "no").append(" | ").append(op.readOnly() ? "yes" : "no")
                        .append(" |\n");
            }
            for (OperationDescriptor op : catalog.operations()) {
                md.append("\n## `").append(catalog.scheme()).append(':').append(op.endpoint()).append("`\n\n");
                md.append(op.description()).append("\n\n");
                if (op.parameters().isEmpty()) {
                    md.append("No parameters.\n");
                } else {
                    md.append("| parameter | type | required | wire name | description |\n");
                    md.append("|---|---|---|---|---|\n");
                    for (ParameterDescriptor p : op.parameters()) {
                        md.append("| `").append(p.name()).append("` | ").append(cell(p.type().displayName()))
                                .append(" | ").append(p.required() ? "yes" : "no").append(" | `")
                                .append(p.wireName()).append("` | ").append(cell(p.description()))
                                .append(p.credential() ? " May come from the component option of the same name." : "")
                                .append(p.allowedValues().isEmpty() ? ""
                                        : " One of " + String.join(", ", p.allowedValues()) + ".")
                                .append(p.defaultValue() == null ? "" : " Default: " + p.defaultValue() + ".")
                                .append(p.secret() ? " Secret." : "").append(" |\n");
                    }
                }
                for (List<String> group : op.oneOfGroups()) {
                    md.append("\nAt least one of ").append(group.stream().map(n -> "`" + n + "`")
                            .collect(Collectors.joining(", "))).append(" is required.\n");
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
