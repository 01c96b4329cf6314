package dev.ispconfig.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ispconfig.tools.IspConfigTools;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new IspConfigTools());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void extractsASourceFolderIntoTheInventoryFile() throws IOException {
        Path file = dir.resolve("sub/inventory-0.1.json");
        assertThat(run("extract", "--source", Fixtures.tree().toString(), "--tag", "v0.1", "--out", file.toString()))
                .as(err.toString()).isZero();
        String expected = InventoryWriter.json(Extractor.extract(new FolderSource(Fixtures.tree()), "v0.1"));
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(expected);
        assertThat(out.toString()).contains("17 methods of v0.1");
        assertThat(err.toString()).contains("warning: gadget_dynamic_get: cannot evaluate the argument of checkPerm at line 66");
    }

    @Test
    void withoutATagASourceFolderIsLabelledByItsName() throws IOException {
        Path file = dir.resolve("inventory.json");
        assertThat(run("extract", "--source", Fixtures.tree().toString(), "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).startsWith("{\n  \"tag\": \"tree\",\n  \"commit\": null,");
    }

    @Test
    void exactlyOneSourceIsRequiredAndAGitDirNeedsATag() {
        String out = dir.resolve("x.json").toString();
        assertThat(run("extract", "--out", out)).isEqualTo(2);
        assertThat(err.toString()).contains("give either --source or --git-dir");
        assertThat(run("extract", "--source", ".", "--git-dir", ".", "--tag", "t", "--out", out)).isEqualTo(2);
        assertThat(run("extract", "--git-dir", ".", "--out", out)).isEqualTo(2);
        assertThat(err.toString()).contains("--git-dir needs --tag");
        assertThat(run("extract", "--source", dir.resolve("missing").toString(), "--out", out)).isEqualTo(1);
        assertThat(err.toString()).contains("no such file: ").contains("remoting.inc.php");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void readsTheSameTreeFromAGitTagAndRecordsItsCommit() throws IOException, InterruptedException {
        assumeTrue(git(dir, "--version") == 0, "git is not installed");
        Path work = dir.resolve("repo");
        copy(Fixtures.tree(), work);
        assertThat(git(work, "init", "-q")).isZero();
        assertThat(git(work, "add", "-A")).isZero();
        assertThat(git(work, "-c", "user.name=fixture", "-c", "user.email=fixture@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "fixture")).isZero();
        assertThat(git(work, "tag", "v0.2")).isZero();
        Path file = dir.resolve("inventory-0.2.json");

        assertThat(run("extract", "--git-dir", work.resolve(".git").toString(), "--tag", "v0.2",
                "--out", file.toString())).as(err.toString()).isZero();

        ExtractedInventory fromGit = Extractor.extract(new GitSource(work.resolve(".git"), "v0.2"), "v0.2");
        ExtractedInventory fromFolder = Extractor.extract(new FolderSource(Fixtures.tree()), "v0.2");
        assertThat(fromGit.commit()).matches("[0-9a-f]{40}");
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo(InventoryWriter.json(fromGit));
        assertThat(InventoryWriter.json(fromGit)).isEqualTo(InventoryWriter.json(
                new ExtractedInventory("v0.2", fromGit.commit(), fromFolder.methods(), List.of())));

        assertThat(run("extract", "--git-dir", work.resolve(".git").toString(), "--tag", "v9.9",
                "--out", dir.resolve("none.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("git show v9.9:interface/lib/classes/remoting.inc.php failed");
    }

    private static int git(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Files.createDirectories(cwd);
        try {
            return new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1; // no git binary
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
