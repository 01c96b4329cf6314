package dev.ispconfig.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unresolved {@code ${…}} in a connection property into a start-up message that says how to resolve it. */
class IspConfigPlaceholderAnalyzer extends AbstractFailureAnalyzer<IspConfigPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IspConfigPlaceholderException cause) {
        String name = cause.placeholder();
        String description = "The ISPConfig client cannot be created: " + cause.property() + " holds the placeholder ${"
                + name + "}, which nothing resolved (is the environment variable " + name + " set?). It was not "
                + "sent to the panel: a login with it would only be refused, and refused logins lock this IP out.";
        String action = "Set " + name + " in the environment (or as a property) before starting, or write the"
                + " placeholder with a default, ${" + name + ":}, so that an unset variable reads as not set.\n"
                + "Spring Boot also binds an environment variable named after the property by itself: "
                + cause.property().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
                + " sets " + cause.property() + " without any line in application.properties.";
        return new FailureAnalysis(description, action, cause);
    }
}
