package dev.ispconfig.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shorthand for {@code @ExtendWith(IspConfigSimulatorExtension.class)}: test methods may take an
 * {@link IspConfigSimulator} and an {@code IspConfigClient} for it, one fresh simulator per test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(IspConfigSimulatorExtension.class)
public @interface IspConfigSimulatorTest {
}
