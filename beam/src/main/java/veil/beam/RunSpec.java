package veil.beam;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import veil.deid.engine.InstanceEngine;
import veil.deid.keys.SecretKey;
import veil.deid.pixels.PixelCleaner;
import veil.deid.text.ScanningTextCleaner;
import veil.rules.DeidOption;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;

/**
 * What every worker needs to build the same engine as a local run: folders, the key file, the profile and options.
 * Only names travel in the pipeline graph: the key stays in its file (workers read it, as they read IN), so a
 * serialized pipeline, a job graph on a cluster or a runner's log never holds it.
 *
 * @param input       IN, absolute; every worker must see it at this path (a shared file system)
 * @param output      OUT, absolute, likewise
 * @param keyFile     the run key, readable by the workers
 * @param profile     a built-in profile name or a YAML file
 * @param options     PS3.15 option ids added to the profile's own
 * @param toolVersion written into the de-identification markers; the local run's version, so outputs are identical
 */
public record RunSpec(String input, String output, String keyFile, String profile, List<String> options, String toolVersion)
        implements Serializable {

    public RunSpec {
        options = List.copyOf(options);
    }

    public Path inputPath() {
        return Path.of(input);
    }

    public Path outputPath() {
        return Path.of(output);
    }

    public RuleSet rules() {
        Set<DeidOption> set = EnumSet.noneOf(DeidOption.class);
        for (String id : options) {
            set.add(DeidOption.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown option '" + id + "'")));
        }
        return RuleSet.compile(ProfileLoader.load(profile), set);
    }

    public SecretKey key() throws IOException {
        return SecretKey.loadOrCreate(Path.of(keyFile)).key();
    }

    /** The engine a worker runs: the same constructor arguments as {@code veil deid}'s local run. */
    public InstanceEngine engine(SecretKey key, RuleSet rules, PixelCleaner pixelCleaner) {
        return new InstanceEngine(key, rules, text -> ScanningTextCleaner.shared().clean(text), pixelCleaner, toolVersion);
    }
}
