package veil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import veil.cli.qa.QaCommand;
import veil.cli.qa.ReviewCommand;
import veil.cli.qa.SampleCommand;

@Command(name = "veil", mixinStandardHelpOptions = true, version = "veil 0.1.0",
        description = "De-identification and dataset QA for medical imaging releases.",
        subcommands = {QaCommand.class, SampleCommand.class, ReviewCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
