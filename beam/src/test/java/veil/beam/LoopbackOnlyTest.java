package veil.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopbackOnlyTest {

    @Test
    void flinksLocalModeGetsALoopbackConfigurationUnlessTheUserBringsOne() throws Exception {
        assertThat(LoopbackOnly.isLocalFlink(Map.of("flinkMaster", "[local]"))).isTrue();
        assertThat(LoopbackOnly.isLocalFlink(Map.of("flinkMaster", "jobmanager:8081"))).isFalse();
        assertThat(LoopbackOnly.isLocalFlink(Map.of("flinkMaster", "[local]", "flinkConfDir", "/etc/flink"))).isFalse();

        Path dir = LoopbackOnly.writeFlinkConfDir();
        try {
            String conf = Files.readString(dir.resolve("flink-conf.yaml"));
            assertThat(conf).contains("jobmanager.bind-host: 127.0.0.1", "taskmanager.bind-host: 127.0.0.1",
                    "rest.bind-address: 127.0.0.1");
            assertThat(conf).doesNotContain("0.0.0.0");
        } finally {
            LoopbackOnly.deleteFlinkConfDir(dir);
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void sparksLocalMasterIsKeptOffTheNetworkButAClusterMasterIsNot() {
        assertThat(LoopbackOnly.isLocalSpark(Map.of("sparkMaster", "local[2]"))).isTrue();
        assertThat(LoopbackOnly.isLocalSpark(Map.of("sparkMaster", "spark://host:7077"))).isFalse();
        assertThat(LoopbackOnly.SPARK_PROPERTIES).containsEntry("spark.ui.enabled", "false")
                .containsEntry("spark.driver.bindAddress", "127.0.0.1");
    }

    @Test
    void veilsDefaultsForEachRunnerAreLocalAndTheUsersOptionsWin() {
        DeidPipeline flink = new DeidPipeline(null, DeidPipeline.Runner.FLINK, 3, Map.of());
        assertThat(flink.beamOptions()).containsEntry("flinkMaster", "[local]").containsEntry("parallelism", "3")
                .containsEntry("fasterCopy", "true");
        DeidPipeline spark = new DeidPipeline(null, DeidPipeline.Runner.SPARK, 2,
                Map.of("sparkMaster", "spark://h:7077"));
        assertThat(spark.beamOptions()).containsEntry("sparkMaster", "spark://h:7077");
    }
}
