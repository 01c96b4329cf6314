package dev.ispconfig.tools.extract;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the extract commands read ISPConfig's sources: {@code --source <dir>} or {@code --git-dir <dir> --tag <tag>}. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "<dir>",
            description = "The root of an ISPConfig source tree (the folder holding interface/).")
    Path source;

    @Option(names = "--git-dir", paramLabel = "<dir>",
            description = "A git directory (bare or .git) of ISPConfig; needs --tag.")
    Path gitDir;

    @Option(names = "--tag", paramLabel = "<tag>",
            description = "The tag to read from --git-dir, for example v3.2.12. With --source only the label written "
                    + "to the inventory (default: the folder's name).")
    String tag;

    SourceTree tree(CommandSpec spec) {
        if ((source == null) == (gitDir == null)) {
            throw new ParameterException(spec.commandLine(), "give either --source or --git-dir");
        }
        if (gitDir != null && tag == null) {
            throw new ParameterException(spec.commandLine(), "--git-dir needs --tag");
        }
        return source != null ? new FolderSource(source) : new GitSource(gitDir, tag);
    }

    /** The tag, or for a source folder without --tag its name, for example {@code ispconfig3_install}. */
    String label() {
        if (tag != null) {
            return tag;
        }
        Path name = source.toAbsolutePath().normalize().getFileName();
        return name != null ? name.toString() : source.toString();
    }
}
