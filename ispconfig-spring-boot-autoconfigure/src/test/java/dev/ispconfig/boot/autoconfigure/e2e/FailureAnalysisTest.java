package dev.ispconfig.boot.autoconfigure.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A real start without the panel's properties prints what to set, not a stack trace to decipher. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

    @Test
    void startingWithoutTheUrlAndCredentialsSaysWhichPropertiesToSet(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(StarterApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "management.endpoints.enabled-by-default=false")
                .run()).isNotNull();

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The ISPConfig client cannot be created: ispconfig.url, ispconfig.username,"
                        + " ispconfig.password are not set.")
                .contains("Set ispconfig.url and ispconfig.username and ispconfig.password");
    }
}
