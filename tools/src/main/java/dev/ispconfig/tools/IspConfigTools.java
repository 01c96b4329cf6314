package dev.ispconfig.tools;

import dev.ispconfig.tools.extract.ExtractCommand;
import dev.ispconfig.tools.extract.ExtractFormsCommand;
import dev.ispconfig.tools.generate.DiffCommand;
import dev.ispconfig.tools.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the tools: extract an inventory, generate the Java API, compare inventories. */
@Command(name = "ispconfig-tools", mixinStandardHelpOptions = true,
        subcommands = {ExtractCommand.class, ExtractFormsCommand.class, GenerateCommand.class, DiffCommand.class},
        description = "Extracts ISPConfig's remote API from its PHP sources and generates the Java API from it.")
public final class IspConfigTools implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new IspConfigTools()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
