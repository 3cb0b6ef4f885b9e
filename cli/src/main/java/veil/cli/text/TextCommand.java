package veil.cli.text;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code veil text scan|redact}: residual identifiers in report text. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Find and remove identifiers in free text (reports, CSV columns).",
        subcommands = {TextScanCommand.class, TextRedactCommand.class})
public final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and the usage-error exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 1;
    }
}
