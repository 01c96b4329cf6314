package dev.ispconfig.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the tools: extract an inventory, generate the Java API, compare inventories. */
@Command(name = "ispconfig-tools", mixinStandardHelpOptions = true,
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
