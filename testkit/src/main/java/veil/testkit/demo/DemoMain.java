package veil.testkit.demo;

import java.util.logging.LogManager;
import picocli.CommandLine;
import veil.cli.Main;

/**
 * {@code ./veil demo}: the CLI with the demo command added. The demo's generators live in testkit, which is never part
 * of the production jar, so the launcher runs this class with both jars on the class path.
 */
public final class DemoMain {

    private DemoMain() { }

    public static void main(String[] args) {
        LogManager.getLogManager().reset();
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("demo", new DemoCommand());
        System.exit(cl.execute(args));
    }
}
