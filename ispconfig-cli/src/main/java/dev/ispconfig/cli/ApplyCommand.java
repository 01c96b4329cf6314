package dev.ispconfig.cli;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.state.Change;
import dev.ispconfig.client.state.Ensure;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ispconfig apply FILE [--dry-run]}: makes the panel hold what a desired state file describes. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Makes the panel hold what a desired state file (YAML or JSON) describes: creates what is",
                "missing, updates the fields that differ, leaves the rest alone, in dependency order. Secrets come",
                "from the environment ({env: NAME}), never from the file. Exit code 0: nothing to do; 11: changed",
                "(or, with --dry-run, would change); a failure stops at once with its own code."})
final class ApplyCommand implements Callable<Integer> {

    static final int CHANGED = 11;

    @Parameters(paramLabel = "FILE", description = "The desired state, e.g. acme.yaml.")
    Path file;

    @Option(names = "--dry-run", description = "Only say what would change (a plan), writing nothing.")
    boolean dryRun;

    @Option(names = "--prune", description = {"Also delete the records of the file's zones, and the mailboxes and",
            "forwards of its mail domains, that the file does not name. Try it with --dry-run first."})
    boolean prune;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IspConfigCli cli = IspConfigCli.of(spec);
        Map<String, Object> document = read(file);
        Output out = cli.output();
        List<Change> changes = new ArrayList<>();
        try (IspConfigClient client = cli.connect()) {
            Ensure ensure = dryRun ? new Ensure(client).dryRun() : new Ensure(client);
            new Plan(document, cli.environment, prune).apply(client, ensure, change -> {
                changes.add(change);
                if (!out.isJson()) {
                    out.text(change.toString());
                }
            });
        } catch (RuntimeException e) {
            if (out.isJson()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("dryRun", dryRun);
                answer.put("failed", true);
                answer.put("done", changes.stream().map(ApplyCommand::row).toList());
                out.value(answer);
            } else if (!changes.isEmpty()) {
                out.text("stopped after " + changes.size() + " of the file's records; the rest was not applied");
            }
            throw e;
        }
        long changed = changes.stream().filter(Change::changes).count();
        if (out.isJson()) {
            List<Map<String, Object>> rows = changes.stream().map(ApplyCommand::row).toList();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("dryRun", dryRun);
            answer.put("changed", changed);
            answer.put("changes", rows);
            out.value(answer);
        } else {
            out.text((dryRun ? "Plan: " : "Applied: ") + count(changes, Change.Action.CREATE) + " to create, "
                    + count(changes, Change.Action.UPDATE) + " to change, " + count(changes, Change.Action.NONE)
                    + " unchanged" + (prune ? ", " + count(changes, Change.Action.DELETE) + " to delete" : "") + ".");
        }
        return changed == 0 ? ExitCodes.OK : CHANGED;
    }

    private static long count(List<Change> changes, Change.Action action) {
        return changes.stream().filter(change -> change.action() == action).count();
    }

    private static Map<String, Object> row(Change change) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("resource", change.resource());
        row.put("key", change.key());
        row.put("action", change.action().name());
        row.put("id", change.id());
        row.put("applied", change.applied());
        row.put("fields", change.fields().stream().map(field -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("field", field.field());
            f.put("before", field.before());
            f.put("after", field.after());
            return f;
        }).toList());
        return row;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException {
        Object document;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(file + " is no desired state: its top level must be a map");
        }
        return (Map<String, Object>) document;
    }
}
