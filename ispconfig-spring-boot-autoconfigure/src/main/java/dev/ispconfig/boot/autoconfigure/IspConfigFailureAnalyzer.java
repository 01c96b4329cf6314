package dev.ispconfig.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing URL or credential into a start-up message that says which property to set. */
class IspConfigFailureAnalyzer extends AbstractFailureAnalyzer<IspConfigPropertiesMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IspConfigPropertiesMissingException cause) {
        String description = "The ISPConfig client cannot be created: " + String.join(", ", cause.missing())
                + (cause.missing().size() == 1 ? " is" : " are") + " not set.";
        String action = "Set " + String.join(" and ", cause.missing()) + ", for example in application.properties:\n\n"
                + "    ispconfig.url=https://panel.example.com:8080/remote/index.php\n"
                + "    ispconfig.username=<remote user>\n"
                + "    ispconfig.password=<its password>\n\n"
                + "or define an IspConfigConnectionDetails bean, or set ispconfig.enabled=false to switch the ISPConfig"
                + " client off.";
        return new FailureAnalysis(description, action, cause);
    }
}
