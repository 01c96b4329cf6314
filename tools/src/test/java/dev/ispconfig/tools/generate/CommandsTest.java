package dev.ispconfig.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispconfig.tools.IspConfigTools;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandsTest {

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
    void generateWritesTheGeneratedFilesOnlyAndRemovesStaleOnes() throws IOException {
        Path inventory = Files.writeString(dir.resolve("inventory-9.9.9.json"), Inventories.tinyJson());
        Path api = dir.resolve("java").resolve(Generator.PACKAGE_PATH);
        Files.createDirectories(api);
        Path hand = Files.writeString(api.resolve("SitesModule.java"), "hand-written");
        Path stale = Files.writeString(api.resolve("GeneratedWeatherModule.java"), "from an older inventory");

        assertThat(run("generate", "--inventory", inventory.toString(), "--out", dir.resolve("java").toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("18 files in").contains("19 changed");
        String expected = Generator.generate(Inventories.tiny(), "inventory-9.9.9.json")
                .get("GeneratedSitesModule.java");
        assertThat(api.resolve("GeneratedSitesModule.java")).content().isEqualTo(expected);
        assertThat(api.resolve("ApiInventory.java")).exists();
        assertThat(hand).hasContent("hand-written");
        assertThat(stale).doesNotExist();

        assertThat(run("generate", "--inventory", inventory.toString(), "--out", dir.resolve("java").toString()))
                .isZero();
        assertThat(out.toString()).contains("0 changed");
    }

    @Test
    void generateReportsABadInventoryAndExitsNonZero() throws IOException {
        Path inventory = Files.writeString(dir.resolve("bad.json"), Inventories.json("v1",
                Inventories.method("mail_default", "mail", "get")));
        assertThat(run("generate", "--inventory", inventory.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("mail_default would become the Java method default");
        assertThat(run("generate", "--inventory", dir.resolve("missing.json").toString(), "--out", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("cannot read");
    }

    @Test
    void diffPrintsTheChangesAndExitsZero() throws IOException {
        Path older = Files.writeString(dir.resolve("old.json"), Inventories.json("v1.0",
                Inventories.method("dns_a_get", "dns", "get", "primary_id")));
        Path newer = Files.writeString(dir.resolve("new.json"), Inventories.json("v1.1",
                Inventories.method("dns_a_get", "dns", "get", "primary_id"),
                Inventories.method("dns_b_get", "dns", "get", "primary_id")));
        assertThat(run("diff", older.toString(), newer.toString())).isZero();
        assertThat(out.toString()).contains("added (1):").contains("+ dns_b_get($session_id, $primary_id)");
    }
}
