package veil.cli;

import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import veil.cli.audit.AuditCommand;
import veil.cli.deid.DeidCommand;
import veil.cli.deid.ProfileCommand;
import veil.cli.export.ExportCommand;
import veil.cli.ocr.OcrCommand;
import veil.cli.qa.QaCommand;
import veil.cli.qa.ReviewCommand;
import veil.cli.qa.SampleCommand;
import veil.cli.text.TextCommand;

/** Entry point: wires the modules' commands; no domain logic here. */
@Command(name = "veil", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Makes medical-imaging datasets safe to share and documents how good they are.", ""},
        footer = {"", "Exit codes: 0 ok, 1 usage or fatal error, 2 some inputs quarantined, 3 audit findings."},
        subcommands = {DeidCommand.class, ProfileCommand.class, TextCommand.class, OcrCommand.class, QaCommand.class,
                SampleCommand.class, ExportCommand.class, ReviewCommand.class, AuditCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Veil's version; set in {@link veil.deid.run.ToolVersion}, which the Beam runners read too. */
    public static final String VERSION = veil.deid.run.ToolVersion.VERSION;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // PixelMed logs through java.util.logging; its messages are noise for users (and must never carry values).
        LogManager.getLogManager().reset();
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(Errors::usage);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"veil " + VERSION};
        }
    }
}
