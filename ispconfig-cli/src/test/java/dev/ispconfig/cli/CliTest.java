package dev.ispconfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.test.IspConfigSimulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line against the simulator served over HTTP on loopback, as a user would run it. */
class CliTest {

    private static IspConfigSimulator sim;
    private static int site;

    @BeforeAll
    static void start() {
        sim = IspConfigSimulator.start();
        var acme = sim.seed().client("acme");
        site = acme.webDomain("acme.example");
        var mail = acme.mailDomain("acme.example");
        mail.mailbox("ann");
        mail.mailbox("bob");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        IspConfigCli cli = new IspConfigCli();
        cli.environment = environment::get;
        cli.console = null;
        cli.terminal = false;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = IspConfigCli.commandLine(cli);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--url", sim.url().toString(), "--user", sim.username()));
        all.addAll(List.of(args));
        return run(Map.of(IspConfigCli.PASSWORD_VARIABLE, sim.password()), all.toArray(String[]::new));
    }

    @Test
    void functionsAndDriftAnswerThePanelsList() {
        Run functions = run("functions");
        assertThat(functions.exit()).as(functions.err()).isZero();
        assertThat(functions.out()).contains("\"sites_web_domain_get\"").doesNotContain("__construct");

        Run drift = run("drift");
        assertThat(drift.exit()).as(drift.err()).isZero();
        assertThat(drift.out()).contains("\"inventory\" : \"v3.2.12\"").contains("\"missing\" : [ ]");
    }

    @Test
    void callTakesJsonArgumentsAndAnswersJsonWithSecretsMasked() {
        Run users = run("call", "mail_user_get", "{\"email\":\"%@acme.example\"}");
        assertThat(users.exit()).as(users.err()).isZero();
        assertThat(users.out()).contains("\"email\" : \"ann@acme.example\"", "\"email\" : \"bob@acme.example\"")
                .contains("\"password\" : \"****\"");

        Run zone = run("call", "dns_zone_get_id", "no-such-zone.example");
        assertThat(zone.exit()).isNotZero();
        assertThat(zone.err()).startsWith("ispconfig: ").doesNotContain("\tat ");
    }

    @Test
    void typedReadsPrintRecords() {
        Run get = run("sites", "get", Integer.toString(site));
        assertThat(get.exit()).as(get.err()).isZero();
        assertThat(get.out()).contains("\"domain\" : \"acme.example\"");

        Run mailboxes = run("mail", "users", "acme.example");
        assertThat(mailboxes.exit()).as(mailboxes.err()).isZero();
        assertThat(mailboxes.out()).contains("\"email\" : \"ann@acme.example\"").contains("\"postfix\"");
    }

    @Test
    void exitCodesSayWhatWentWrongWithoutStackTracesOrSecrets() {
        Run notFound = run("sites", "get", "99999");
        assertThat(notFound.exit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(notFound.err()).doesNotContain("\tat ");

        Run refused = run("sites", "get", "-1");
        assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED_DATA);

        Run wrongPassword = run(Map.of(IspConfigCli.PASSWORD_VARIABLE, "wrong-secret-123"), "--url",
                sim.url().toString(), "--user", sim.username(), "functions");
        assertThat(wrongPassword.exit()).isEqualTo(ExitCodes.LOGIN_REFUSED);
        assertThat(wrongPassword.out() + wrongPassword.err()).doesNotContain("wrong-secret-123");

        Run noUrl = run(Map.of(), "functions");
        assertThat(noUrl.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUrl.err()).contains("ISPCONFIG_URL");

        Run noPassword = run(Map.of(), "--url", sim.url().toString(), "--user", "admin", "functions");
        assertThat(noPassword.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPassword.err()).contains("ISPCONFIG_PASSWORD");

        Run debug = run("--debug", "sites", "get", "99999");
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void thePasswordIsNoOption() {
        Run attempt = run("--password", "x", "functions");
        assertThat(attempt.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void smokeCallsEveryModuleAndPasses() {
        Run smoke = run("smoke");
        assertThat(smoke.exit()).as(smoke.out() + smoke.err()).isZero();
        assertThat(smoke.out()).contains("\"passed\" : true").contains("\"failed\" : 0");
    }
}
