package dev.ispconfig.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ispconfig.client.IspConfigClient;
import org.junit.jupiter.api.Test;

/**
 * The read-only smoke test against <em>your</em> panel: skipped unless {@code ISPCONFIG_TEST_URL},
 * {@code ISPCONFIG_TEST_USER} and {@code ISPCONFIG_TEST_PASS} are set. {@code ISPCONFIG_TEST_VERIFY_SSL=0} accepts a
 * self-signed certificate; {@code ISPCONFIG_TEST_CLIENT_LOGIN=1} logs in as a panel client. No add, update or delete:
 * safe against production. Run it with
 * {@code mvn -pl ispconfig-cli -am test -Dtest=LiveSmokeTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LiveSmokeTest {

    @Test
    void theReadOnlyCallsOfEveryModulePass() {
        String url = System.getenv("ISPCONFIG_TEST_URL");
        String user = System.getenv("ISPCONFIG_TEST_USER");
        String password = System.getenv("ISPCONFIG_TEST_PASS");
        assumeTrue(url != null && user != null && password != null,
                "set ISPCONFIG_TEST_URL, ISPCONFIG_TEST_USER and ISPCONFIG_TEST_PASS to smoke-test your panel");
        boolean clientLogin = "1".equals(System.getenv("ISPCONFIG_TEST_CLIENT_LOGIN"));
        IspConfigClient.Builder builder = IspConfigClient.builder().url(url).username(user).password(password)
                .clientLogin(clientLogin);
        if ("0".equals(System.getenv("ISPCONFIG_TEST_VERIFY_SSL"))) {
            builder.insecure(true);
        }
        Smoke.Report report;
        try (IspConfigClient client = builder.build()) {
            report = Smoke.run(client, clientLogin, result -> System.out.printf("%-7s %-10s %-34s %s%n",
                    result.status(), result.module(), result.method(), result.detail()));
        }
        System.out.printf("%d ok, %d skipped, %d failed%n", report.count(Smoke.Status.OK),
                report.count(Smoke.Status.SKIPPED), report.count(Smoke.Status.FAILED));
        assertThat(report.results()).filteredOn(result -> result.status() == Smoke.Status.FAILED).isEmpty();
    }
}
