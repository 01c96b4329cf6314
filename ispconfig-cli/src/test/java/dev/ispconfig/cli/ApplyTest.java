package dev.ispconfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Request;
import dev.ispconfig.test.Seed;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ispconfig apply} with the documented example file, against the simulator. */
class ApplyTest {

    private static final Path EXAMPLE = Path.of("examples/acme.yaml");

    private IspConfigSimulator sim;

    @TempDir
    Path work;

    @BeforeEach
    void start() {
        sim = IspConfigSimulator.start();
        sim.seed().client("acme");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    record Run(int exit, String out, String err) {
    }

    private Run apply(Path file, String... options) {
        return apply(false, file, options);
    }

    /** {@code terminal}: the output a person reads (a plan as text), else JSON. */
    private Run apply(boolean terminal, Path file, String... options) {
        IspConfigCli cli = new IspConfigCli();
        cli.environment = Map.of(IspConfigCli.PASSWORD_VARIABLE, sim.password(), "ANN_PASSWORD", "Str0ng-Passw0rd!",
                "DB_PASSWORD", "Str0ng-Passw0rd!")::get;
        cli.console = null;
        cli.terminal = terminal;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = IspConfigCli.commandLine(cli);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] args = new String[6 + options.length];
        System.arraycopy(new String[] {"--url", sim.url().toString(), "--user", sim.username(), "apply",
                file.toString()}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        return new Run(line.execute(args), out.toString(), err.toString());
    }

    private long writes() {
        return sim.requests().stream().filter(r -> r.method().endsWith("_add") || r.method().endsWith("_update"))
                .count();
    }

    @Test
    void theExampleAppliesOnceAndTheSecondRunHasNothingToDo() {
        Run plan = apply(EXAMPLE, "--dry-run");
        assertThat(plan.exit()).as(plan.err()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(writes()).as("a dry run writes nothing").isZero();

        Run first = apply(EXAMPLE);
        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(first.out()).contains("\"action\" : \"CREATE\"").doesNotContain("Str0ng");
        long written = writes();
        assertThat(written).as("site, zone, 3 records, mail domain, mailbox, forward, database user, database").isEqualTo(10);

        Run second = apply(EXAMPLE);
        assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("\"changed\" : 0").doesNotContain("\"action\" : \"CREATE\"");
        assertThat(writes()).as("no write the second time").isEqualTo(written);
    }

    /**
     * The root README's dry run, made the way it says: the example applied on the standalone simulator's demo data,
     * then its PHP mode and A record changed in the file.
     */
    @Test
    void theReadmesDryRunIsWhatTheCommandPrints() throws IOException {
        sim.reset();
        Seed.Client demo = sim.seed().client("acme"); // what the standalone simulator's --demo seeds
        demo.webDomain("example.com");
        demo.dnsZone("example.com.").aRecord("www", "192.0.2.10");
        demo.mailDomain("example.com").mailbox("info");
        assertThat(apply(EXAMPLE).exit()).isEqualTo(ApplyCommand.CHANGED);
        Path changed = work.resolve("acme.yaml");
        Files.writeString(changed, Files.readString(EXAMPLE).replace("php: php-fpm", "php: fast-cgi")
                .replace("192.0.2.10", "192.0.2.11"));

        Run plan = apply(true, changed, "--dry-run", "--prune");

        String readme = Files.readString(Path.of("../README.md"));
        String command = "$ ispconfig apply acme.yaml --dry-run --prune\n";
        int start = readme.indexOf(command);
        assertThat(start).as("the README shows the dry run").isPositive();
        String shown = readme.substring(start + command.length(), readme.indexOf("```", start));
        assertThat(plan.out()).isEqualTo(shown);
        assertThat(plan.exit()).isEqualTo(ApplyCommand.CHANGED);
    }

    @Test
    void aChangedFieldIsUpdatedAlone() throws IOException {
        apply(EXAMPLE);
        long written = writes();
        Path changed = work.resolve("acme.yaml");
        Files.writeString(changed, Files.readString(EXAMPLE).replace("php: php-fpm", "php: fast-cgi"));

        Run run = apply(changed);
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(run.out()).contains("\"action\" : \"UPDATE\"").contains("\"field\" : \"php\"");
        assertThat(writes()).isEqualTo(written + 1);
    }

    @Test
    void aClientDescribedInTheFileIsEnsuredFirstAndOwnsTheRest() throws IOException {
        Path file = work.resolve("newco.yaml");
        Files.writeString(file, """
                client:
                  username: newco
                  contact_name: Nick New
                  email: nick@newco.example
                  password: {env: ANN_PASSWORD}
                  web_php_options: [no, php-fpm]
                  ssh_chroot: [no, jailkit]
                sites:
                  - {domain: newco.example}
                """);
        Run first = apply(file);
        assertThat(first.exit()).as(first.out() + first.err()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(first.out()).contains("\"resource\" : \"client\"").doesNotContain("Str0ng");
        Run second = apply(file);
        assertThat(second.exit()).as(second.out() + second.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void pruneDeletesWhatTheFileNoLongerNamesAndTheDryRunShowsItFirst() throws IOException {
        apply(EXAMPLE);
        Path fewer = work.resolve("fewer.yaml");
        Files.writeString(fewer, Files.readString(EXAMPLE)
                .replace("      - {type: TXT, name: acme.example., data: \"v=spf1 mx -all\"}\n", "")
                .replace("    forwards:\n      - {source: info@acme.example, destination: ann@acme.example}\n", ""));

        Run without = apply(fewer);
        assertThat(without.exit()).as("without --prune nothing is deleted").isEqualTo(ExitCodes.OK);

        long written = writes();
        Run plan = apply(fewer, "--prune", "--dry-run");
        assertThat(plan.exit()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(plan.out()).contains("\"action\" : \"DELETE\"").contains("TXT").contains("info@acme.example");
        assertThat(sim.requests().stream().filter(r -> r.method().endsWith("_delete"))).isEmpty();

        Run pruned = apply(fewer, "--prune");
        assertThat(pruned.exit()).as(pruned.out() + pruned.err()).isEqualTo(ApplyCommand.CHANGED);
        assertThat(sim.requests().stream().filter(r -> r.method().endsWith("_delete")).map(Request::method))
                .containsExactly("dns_txt_delete", "mail_forward_delete");
        assertThat(writes()).isEqualTo(written);
        assertThat(apply(fewer, "--prune").exit()).as("then nothing to do").isEqualTo(ExitCodes.OK);
    }

    @Test
    void aFailureInTheMiddleStopsThereAndTheStepsDoneAreReported() throws IOException {
        Path broken = work.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(EXAMPLE).replace("{type: MX, name: acme.example., data: "
                + "mail.acme.example., aux: 10}", "{type: MX, name: acme.example., data: mail.acme.example., aux: 10, "
                + "ttl: 5}"));
        Run run = apply(broken);
        assertThat(run.exit()).isEqualTo(ExitCodes.REFUSED_DATA);
        assertThat(run.err()).contains("ttl_range_error");
        assertThat(run.out()).contains("\"failed\" : true").contains("\"key\" : \"acme.example\"");
        assertThat(sim.requests("dns_a_add")).as("the steps before it were applied").hasSize(1);
        assertThat(sim.requests("mail_domain_add")).as("nothing after it").isEmpty();
    }

    @Test
    void aSecretWrittenInTheFileIsRefusedBeforeAnyWrite() throws IOException {
        Path clear = work.resolve("clear.yaml");
        Files.writeString(clear, Files.readString(EXAMPLE).replace("password: {env: ANN_PASSWORD}",
                "password: in-clear-123"));
        Run run = apply(clear);
        assertThat(run.exit()).isEqualTo(ExitCodes.REFUSED_DATA);
        assertThat(run.err()).contains("never written in the file").doesNotContain("in-clear-123");
    }
}
