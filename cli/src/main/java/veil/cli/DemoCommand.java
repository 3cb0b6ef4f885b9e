package veil.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run every capability on built-in sample data.")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("demo: coming up");
        return 0;
    }
}
