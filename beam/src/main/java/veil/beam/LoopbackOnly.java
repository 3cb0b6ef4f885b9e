package veil.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Keeps a runner's local mode on the loopback interface. Flink's mini-cluster (blob server, RPC, REST) and Spark's
 * local driver (RPC, block manager, web UI on 4040) otherwise listen on every interface, so a one-machine run would
 * expose a job server to the network for as long as it runs. Veil's servers listen on 127.0.0.1 only. Nothing here
 * applies when the user points the runner at a cluster ({@code flinkMaster=HOST:PORT}, {@code sparkMaster=spark://...})
 * or brings their own Flink configuration or Spark properties.
 */
final class LoopbackOnly {

    /** Flink settings that bind every server of the mini-cluster to the loopback interface. */
    static final String FLINK_CONF = String.join("\n",
            "# written by veil for Flink's local mode: every server on the loopback interface",
            "jobmanager.bind-host: 127.0.0.1",
            "jobmanager.rpc.address: localhost",
            "taskmanager.bind-host: 127.0.0.1",
            "taskmanager.host: localhost",
            "rest.bind-address: 127.0.0.1",
            "rest.address: localhost",
            "");

    /** Spark properties for local[N]: driver on the loopback interface, no web UI. */
    static final Map<String, String> SPARK_PROPERTIES = Map.of(
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.driver.host", "127.0.0.1",
            "spark.ui.enabled", "false");

    private LoopbackOnly() {
    }

    static boolean isLocalFlink(Map<String, String> opts) {
        return "[local]".equals(opts.get("flinkMaster")) && !opts.containsKey("flinkConfDir");
    }

    static boolean isLocalSpark(Map<String, String> opts) {
        String master = opts.getOrDefault("sparkMaster", "");
        return master.startsWith("local");
    }

    /** A private folder holding {@link #FLINK_CONF} as flink-conf.yaml, for Beam's {@code flinkConfDir} option. */
    static Path writeFlinkConfDir() throws IOException {
        Path dir = Files.createTempDirectory("veil-flink-conf", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.writeString(dir.resolve("flink-conf.yaml"), FLINK_CONF);
        return dir;
    }

    static void deleteFlinkConfDir(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve("flink-conf.yaml"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover folder holds only the bind addresses above; nothing identifying.
        }
    }

    /**
     * Spark's {@code new SparkConf()} (which Beam's Spark runner uses) reads {@code spark.*} system properties;
     * a property the user has set (e.g. with {@code -Dspark.ui.enabled=true}) is left alone.
     */
    static void applySparkProperties() {
        SPARK_PROPERTIES.forEach((k, v) -> {
            if (System.getProperty(k) == null) System.setProperty(k, v);
        });
    }
}
