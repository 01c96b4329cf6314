package dev.ispconfig.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ispconfig.client.IspConfigClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone simulator as a user starts it: a process of its own, its options, its exit codes. */
class StandaloneSimulatorIT {

    @TempDir
    Path dir;

    @Test
    void aSeededSimulatorProcessAnswersAClientAsItsRemoteUser() throws Exception {
        try (SimulatorProcess simulator = SimulatorProcess.start(
                Map.of(SimulatorMain.PASSWORD_VARIABLE, "robot-pass"),
                "--port=0", "--bind", "127.0.0.1", "--seed", SeedFileTest.example().toString(), "--username=robot");
                IspConfigClient client = IspConfigClient.builder().url(simulator.url()).username("robot")
                        .password("robot-pass").build()) {
            assertThat(simulator.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(simulator.url().getPath()).isEqualTo("/remote/index.php");
            assertThat(client.sites().webDomains(Map.of())).extracting(site -> site.domain())
                    .containsExactly("example.com", "shop.example.com", "bravo.example.net");
            assertThat(client.mail().userGet(Map.of("email", "%@example.com"))).hasSize(2);
            assertThat(simulator.output()).doesNotContain("robot-pass");
        }
    }

    @Test
    void boundToEveryInterfaceItSaysSoAndIsReachedOnLoopback() throws Exception {
        SimulatorProcess.Exit open = SimulatorProcess.run("--bind", "0.0.0.0", "--demo");
        assertThat(open.code()).as("not without a password of its own: " + open.output())
                .isEqualTo(SimulatorMain.USAGE_ERROR);
        assertThat(open.output()).contains("--bind 0.0.0.0 lets other hosts log in: set "
                + SimulatorMain.PASSWORD_VARIABLE).doesNotContain("ISPConfig simulator at");

        try (SimulatorProcess simulator = SimulatorProcess.start(Map.of(SimulatorMain.PASSWORD_VARIABLE, "own-pass"),
                "--bind", "0.0.0.0", "--demo");
                IspConfigClient client = IspConfigClient.builder().url(simulator.url())
                        .username(IspConfigSimulator.DEFAULT_USERNAME).password("own-pass").build()) {
            assertThat(simulator.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(simulator.output()).contains("Listening on 0.0.0.0 port " + simulator.url().getPort()
                    + ": other hosts can reach it too");
            assertThat(client.dns().zoneGetId("example.com.")).isPositive();
        }
    }

    @Test
    void aWrongOptionOrSeedFileEndsItWithExitCode2AndAMessageWithoutAStackTrace() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"clients\": [{\"name\": \"acme\",}]}");
        Path misspelt = Files.writeString(dir.resolve("misspelt.json"), "{\"clients\": [{\"name\": \"acme\", "
                + "\"webdomains\": [\"example.com\"]}]}");
        Map<List<String>, String> cases = Map.of(
                List.of("--bogus"), "unknown option --bogus",
                List.of("--port", "http"), "--port must be a number from 0 to 65535, not 'http'",
                List.of("--seed", dir.resolve("missing.json").toString()), "does not exist",
                List.of("--seed=" + broken), "is not valid JSON at line 1, column 30",
                List.of("--seed", misspelt.toString()), "clients[0] has an unknown key \"webdomains\"");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            SimulatorProcess.Exit exit = SimulatorProcess.run(c.getKey().toArray(String[]::new));

            assertThat(exit.code()).as(c.getKey() + ": " + exit.output()).isEqualTo(SimulatorMain.USAGE_ERROR);
            assertThat(exit.output()).as(c.getKey().toString()).contains("ispconfig-simulator: ", c.getValue())
                    .contains(SimulatorOptions.SUMMARY).doesNotContain("Exception", "\tat ")
                    .doesNotContain("ISPConfig simulator at");
        }
    }

    @Test
    void aPortInUseEndsItWithExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SimulatorProcess.Exit exit = SimulatorProcess.run("--port", Integer.toString(taken.getLocalPort()));

            assertThat(exit.code()).as(exit.output()).isEqualTo(SimulatorMain.START_ERROR);
            assertThat(exit.output()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void theStandaloneJarRunsWithoutAClassPathAndLeavesTheTestSupportOut() throws Exception {
        String jar = System.getProperty(SimulatorProcess.JAR_PROPERTY);
        assumeTrue(jar != null, "run by failsafe after mvn package");
        try (JarFile standalone = new JarFile(jar)) {
            assertThat(standalone.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(SimulatorMain.class.getName());
            List<String> entries = Collections.list(standalone.entries()).stream().map(e -> e.getName()).toList();
            assertThat(entries).contains("dev/ispconfig/client/IspConfigClient.class",
                    "tools/jackson/databind/JsonNode.class", "dev/ispconfig/test/methods-3.2.12.txt");
            assertThat(entries).noneMatch(name -> name.startsWith("dev/ispconfig/test/spring/")
                    || name.equals("META-INF/spring.factories") || name.startsWith("org/springframework/")
                    || name.startsWith("org/junit/"));
        }
    }
}
