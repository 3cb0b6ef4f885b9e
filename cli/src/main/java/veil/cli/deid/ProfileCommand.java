package veil.cli.deid;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;
import veil.rules.RuleSetPrinter;

@Command(name = "profile", mixinStandardHelpOptions = true, description = "Inspect de-identification profiles.",
        subcommands = {ProfileCommand.Show.class, ProfileCommand.ListProfiles.class})
public final class ProfileCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print the resolved rules of a profile: what happens to every attribute it names.",
                    "Example: veil profile show research --option retain-device-identity"})
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "NAME|FILE", description = "a built-in profile (basic, research, research-safe-private) or a YAML file")
        String profile;

        @Option(names = "--option", paramLabel = "OPTION", description = "extra PS3.15 option, e.g. retain-uids (repeatable)")
        List<String> options = List.of();

        @Override
        public Integer call() {
            RuleSet set = RuleSet.compile(ProfileLoader.load(profile), Options.parse(options));
            RuleSetPrinter.print(set, System.out);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in profiles.")
    static final class ListProfiles implements Callable<Integer> {
        @Override
        public Integer call() {
            for (String name : ProfileLoader.BUILT_IN) {
                System.out.printf("%-24s %s%n", name, ProfileLoader.load(name).description());
            }
            return 0;
        }
    }
}
