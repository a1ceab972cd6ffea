package io.farmroutes.spi.camel;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.CamelContextHelper;

/** Makes Camel mask every option a configuration marks {@code secret = true}, not only its built-in keywords. */
public final class SecretOptions {

    private SecretOptions() {
    }

    /** The names of the options of this configuration class (and its superclasses) marked secret. */
    public static List<String> namesOf(Class<?> configurationType) {
        List<String> names = new ArrayList<>();
        for (Class<?> type = configurationType; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                UriParam param = field.getAnnotation(UriParam.class);
                if (param != null && param.secret()) {
                    names.add(param.name().isEmpty() ? field.getName() : param.name());
                }
            }
        }
        return names;
    }

    /**
     * Adds the secret options Camel does not already treat as sensitive (e.g. {@code apiSecret}) to the context's
     * additional sensitive keywords, which Camel Main's property summary and {@code URISupport.sanitizeUri} honour.
     * Keywords the user configured are kept.
     */
    public static void markSensitive(CamelContext context, Class<?> configurationType) {
        ExtendedCamelContext extension = context.getCamelContextExtension();
        synchronized (extension) {
            Set<String> keywords = new LinkedHashSet<>();
            String configured = extension.getAdditionalSensitiveKeywords();
            if (configured != null && !configured.isBlank()) {
                keywords.add(configured.strip());
            }
            int before = keywords.size();
            for (String name : namesOf(configurationType)) {
                if (!CamelContextHelper.containsSensitive(context, name)) {
                    keywords.add(name.toLowerCase(Locale.ENGLISH));
                }
            }
            if (keywords.size() > before) {
                extension.setAdditionalSensitiveKeywords(String.join(",", keywords));
            }
        }
    }
}
