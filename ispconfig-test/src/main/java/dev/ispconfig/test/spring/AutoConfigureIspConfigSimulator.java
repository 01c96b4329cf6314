package dev.ispconfig.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

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
 * The simulator lives as long as the (cached) context and is closed with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(IspConfigSimulatorAutoConfiguration.class)
public @interface AutoConfigureIspConfigSimulator {
}
