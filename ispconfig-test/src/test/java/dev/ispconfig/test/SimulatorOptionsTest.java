package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone simulator's command line: both option forms, the defaults, and a message for every mistake. */
class SimulatorOptionsTest {

    @Test
    void withoutOptionsItListensOnLoopbackOnAFreePortAsAdmin() {
        SimulatorOptions options = SimulatorOptions.parse();

        assertThat(options.port()).isZero();
        assertThat(options.bind().isLoopbackAddress()).isTrue();
        assertThat(options.seed()).isNull();
        assertThat(options.username()).isEqualTo(IspConfigSimulator.DEFAULT_USERNAME);
        assertThat(options.demo()).isFalse();
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws Exception {
        SimulatorOptions spaced = SimulatorOptions.parse("--port", "8080", "--bind", "0.0.0.0", "--seed", "seed.json",
                "--username", "robot", "--demo");
        SimulatorOptions joined = SimulatorOptions.parse("--port=8080", "--bind=0.0.0.0", "--seed=seed.json",
                "--username=robot", "--demo");

        assertThat(spaced).isEqualTo(joined);
        assertThat(spaced.port()).isEqualTo(8080);
        assertThat(spaced.bind()).isEqualTo(InetAddress.getByName("0.0.0.0"));
        assertThat(spaced.seed()).isEqualTo(Path.of("seed.json"));
        assertThat(spaced.username()).isEqualTo("robot");
        assertThat(spaced.demo()).isTrue();
        assertThat(SimulatorOptions.parse("--bind", "::1").bind().isLoopbackAddress()).isTrue();
        assertThat(SimulatorOptions.parse("--bind", "localhost").bind().isLoopbackAddress()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--bogus              | unknown option --bogus",
        "--port               | --port needs a value",
        "--port --demo        | --port needs a value",
        "--port x             | --port must be a number from 0 to 65535, not 'x'",
        "--port=65536         | --port must be a number from 0 to 65535, not '65536'",
        "--port=-1            | --port must be a number from 0 to 65535, not '-1'",
        "--bind example.org   | --bind must be an IP address such as 127.0.0.1, 0.0.0.0 or ::1, not 'example.org'",
        "--bind 256.0.0.1     | --bind must be an IP address",
        "--bind=1:2:3         | --bind must be an IP address",
        "--username=          | --username must not be empty",
        "--demo=yes           | --demo takes no value",
        "--port 1 --port 2    | --port is given twice",
        "8080                 | unexpected argument '8080' (options start with --)",
    })
    void aMistakeIsNamed(String commandLine, String message) {
        assertThatThrownBy(() -> SimulatorOptions.parse(commandLine.trim().split(" +")))
                .isInstanceOf(UsageException.class).hasMessageStartingWith(message);
    }
}
