package dev.ispconfig.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.ispconfig.boot.autoconfigure.IspConfigAutoConfiguration;
import dev.ispconfig.boot.autoconfigure.IspConfigHealthAutoConfiguration;
import dev.ispconfig.boot.autoconfigure.IspConfigModulesAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Puts an {@link dev.ispconfig.test.IspConfigSimulator} in a Spring Boot test's context and points the starter's
 * client at it, with no {@code ispconfig.*} properties. Inject the simulator to seed data or inject faults:
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureIspConfigSimulator
 * class SitesTest {
 *     @Autowired IspConfigSimulator panel;
 *     @Autowired SitesModule sites;
 * }
 * }</pre>
 *
 * The simulator lives as long as the (cached) context and is closed with it, and is {@linkplain
 * dev.ispconfig.test.IspConfigSimulator#reset() reset} before each test class that shares the context, so no class
 * sees another's data, sessions, faults or counters. The starter's client and module beans come along, also in test
 * slices, which apply no auto-configuration they are not told of:
 *
 * <pre>{@code
 * @WebMvcTest(controllers = SiteController.class)
 * @AutoConfigureIspConfigSimulator
 * class SiteControllerTest {
 *     @Autowired MockMvc mvc;
 *     @Autowired IspConfigSimulator panel;
 * }
 * }</pre>
 *
 * The health component answers fresh (no result cache) in these tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Every auto-configuration the starter's beans come from, named: a test slice applies no other.
@ImportAutoConfiguration({IspConfigSimulatorAutoConfiguration.class, IspConfigAutoConfiguration.class,
        IspConfigModulesAutoConfiguration.class, IspConfigHealthAutoConfiguration.class})
@TestPropertySource(properties = "ispconfig.health.cache-ttl=0")
public @interface AutoConfigureIspConfigSimulator {
}
