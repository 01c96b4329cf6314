package dev.ispconfig.boot.autoconfigure;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code ispconfig.panels.<name>.*} names at least one panel: the several-panels set-up. */
class PanelsCondition extends SpringBootCondition {

    /** The configured panel names, in order. */
    static Set<String> names(Environment environment) {
        return Binder.get(environment).bind("ispconfig.panels", Bindable.mapOf(String.class, IspConfigProperties.class))
                .map(Map::keySet).orElse(Set.of());
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Set<String> names = names(context.getEnvironment());
        return names.isEmpty() ? ConditionOutcome.noMatch("no ispconfig.panels configured")
                : ConditionOutcome.match("ispconfig.panels " + names);
    }

    /** The single-panel set-up: no {@code ispconfig.panels}. */
    static final class None extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Set<String> names = names(context.getEnvironment());
            return names.isEmpty() ? ConditionOutcome.match("no ispconfig.panels: one panel from ispconfig.*")
                    : ConditionOutcome.noMatch("ispconfig.panels " + names + " configured");
        }
    }
}
