package veil.qa.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;

/** JSON for {@link Figures}: snake_case names, NaN written as null, pretty-printed. */
public final class FiguresJson {
    private FiguresJson() {}

    private static final ObjectMapper MAPPER = build();

    static ObjectMapper build() {
        JsonSerializer<Double> dbl = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || v.isNaN() || v.isInfinite()) g.writeNull();
                else g.writeNumber(v);
            }
        };
        SimpleModule m = new SimpleModule("veil-qa");
        m.addSerializer(Double.class, dbl);
        m.addSerializer(Double.TYPE, dbl);
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(m)
                .build();
    }

    public static ObjectMapper mapper() { return MAPPER; }

    public static void write(Object figures, Path out) throws IOException {
        veil.qa.output.ReportFile.write(out, os -> MAPPER.writeValue(os, figures));   // closing twice is harmless
    }

    public static String toJson(Object figures) throws IOException {
        return MAPPER.writeValueAsString(figures);
    }
}
