package veil.ocr.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DeviceMaskExampleTest {

    @Test
    void shippedExampleHasTheProfileShapeEveryMaskNeeds() throws Exception {
        JsonNode pixels;
        try (InputStream in = getClass().getResourceAsStream("/veil/ocr/device-masks-example.yaml")) {
            pixels = new ObjectMapper(new YAMLFactory()).readTree(in).get("pixels");
        }
        assertThat(pixels.get("mode").asText()).isIn("all", "phi");
        assertThat(pixels.get("allow")).hasSizeGreaterThan(0);
        assertThat(pixels.get("masks")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("name").asText()).isNotBlank();
            assertThat(m.get("when").size()).isPositive();
            assertThat(m.get("boxes")).isNotEmpty().allSatisfy(b -> assertThat(b).hasSize(4));
        });
    }
}
