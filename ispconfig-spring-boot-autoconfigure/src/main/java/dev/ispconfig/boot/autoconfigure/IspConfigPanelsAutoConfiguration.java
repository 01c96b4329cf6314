package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.transport.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Several panels: one client per {@code ispconfig.panels.<name>}, built as the single-panel client is (same
 * transport, customizers, retry and listeners), with the observation and session metrics of each tagged with its
 * name. The clients are beans with their name as qualifier ({@code @Qualifier("eu") IspConfigClient}) and come
 * together in {@link IspConfigPanels}. With one panel configured this way, the module beans and the health component
 * are those of a single client, as with {@code ispconfig.url}.
 */
@AutoConfiguration(after = IspConfigAutoConfiguration.class,
        before = {IspConfigModulesAutoConfiguration.class, IspConfigHealthAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "ispconfig.enabled", matchIfMissing = true)
@Conditional(PanelsCondition.class)
public final class IspConfigPanelsAutoConfiguration {

    static final String CLIENT_BEAN_PREFIX = "ispconfigClient.";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    IspConfigPanels ispconfigPanels(IspConfigProperties properties, ObjectProvider<SslBundles> sslBundles,
            Transport.Factory transport, ObjectProvider<HttpClientDefaults> httpClientDefaults,
            ObjectProvider<IspConfigClientBuilderCustomizer> customizers, ObjectProvider<SessionListener> listeners) {
        List<IspConfigClientBuilderCustomizer> sharedCustomizers = customizers.orderedStream().toList();
        List<SessionListener> sharedListeners = listeners.orderedStream().toList();
        Map<String, IspConfigClient> clients = new LinkedHashMap<>();
        properties.getPanels().forEach((name, panel) -> {
            String prefix = "ispconfig.panels." + name + ".";
            List<IspConfigClientBuilderCustomizer> panelCustomizers = sharedCustomizers.stream()
                    .map(customizer -> scoped(customizer, IspConfigClientBuilderCustomizer.class, name)).toList();
            List<SessionListener> panelListeners = sharedListeners.stream()
                    .map(listener -> scoped(listener, SessionListener.class, name)).toList();
            clients.put(name, IspConfigAutoConfiguration.newClient(
                    new PropertiesIspConfigConnectionDetails(panel, sslBundles.getIfAvailable(), prefix), panel,
                    transport, httpClientDefaults.getIfAvailable(() -> HttpClientDefaults.NONE), panelCustomizers,
                    panelListeners, prefix));
        });
        return new IspConfigPanels(clients);
    }

    /** The panel's own instance of a {@link PanelScoped} customizer or listener, else the shared one. */
    private static <T> T scoped(T shared, Class<T> type, String panel) {
        if (shared instanceof PanelScoped<?> scoped) {
            return type.cast(scoped.forPanel(panel));
        }
        return shared;
    }

    /** One {@code IspConfigClient} bean per panel, qualified by its name; {@link IspConfigPanels} closes them. */
    @Bean
    static BeanDefinitionRegistryPostProcessor ispconfigPanelClients() {
        return new PanelClients();
    }

    static final class PanelClients implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

        private @Nullable Environment environment; // set before the post-processing, as EnvironmentAware says

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            for (String name : PanelsCondition.names(Objects.requireNonNull(environment, "environment"))) {
                String beanName = CLIENT_BEAN_PREFIX + name;
                if (registry.containsBeanDefinition(beanName)) {
                    continue;
                }
                RootBeanDefinition definition = new RootBeanDefinition(IspConfigClient.class);
                definition.setInstanceSupplier(() -> ((ConfigurableListableBeanFactory) registry)
                        .getBean(IspConfigPanels.class).get(name));
                definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
                definition.setDestroyMethodName(""); // IspConfigPanels logs it out
                registry.registerBeanDefinition(beanName, definition);
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }
    }
}
