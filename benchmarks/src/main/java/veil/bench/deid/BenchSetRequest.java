package veil.bench.deid;

import java.nio.file.Path;

/** The arguments of {@link GenerateBenchSet}. */
record BenchSetRequest(Path output, int files, int size, long seed, Path manifest) {
    static final String USAGE = "usage: GenerateBenchSet OUT_DIR [--files N (100)] [--size PIXELS (2048)] "
            + "[--seed S (2)] [--manifest DIR]";

    BenchSetRequest {
        if (files < 1) {
            throw new IllegalArgumentException("--files must be at least 1");
        }
        if (size < 8 || size > 8192) {
            throw new IllegalArgumentException("--size must be between 8 and 8192 pixels");
        }
    }

    static BenchSetRequest parse(String[] args) {
        Path output = null;
        Path manifest = null;
        int files = 100;
        int size = 2048;
        long seed = 2;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--files" -> files = integer(arg, value(args, ++i, arg));
                case "--size" -> size = integer(arg, value(args, ++i, arg));
                case "--seed" -> seed = integer(arg, value(args, ++i, arg));
                case "--manifest" -> manifest = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") || output != null) {
                        throw new IllegalArgumentException("unexpected argument " + arg);
                    }
                    output = Path.of(arg);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("the output folder is missing");
        }
        return new BenchSetRequest(output, files, size, seed, manifest);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + value);
        }
    }
}
