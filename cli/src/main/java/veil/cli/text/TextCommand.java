package veil.cli.text;

import picocli.CommandLine.Command;

/** {@code veil text scan|redact}: residual identifiers in report text. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Find and remove identifiers in free text (reports, CSV columns).",
        subcommands = {TextScanCommand.class, TextRedactCommand.class})
public final class TextCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
