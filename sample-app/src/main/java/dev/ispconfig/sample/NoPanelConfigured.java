package dev.ispconfig.sample;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code ispconfig.url} is not set: the app then runs against the embedded simulator. */
final class NoPanelConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("ispconfig.url");
        return url == null || url.isBlank();
    }
}
