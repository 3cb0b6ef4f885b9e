package veil.qa.html;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import veil.qa.sample.Sample;
import veil.qa.stats.Figures;

/**
 * Renders the datasheet (and the printable review sheet) with Pebble, whose HTML auto-escaping
 * escapes every value that comes from the data. Charts are XChart SVG inserted as raw markup.
 */
public final class DatasheetRenderer {
    private static final PebbleEngine ENGINE = engine();

    private DatasheetRenderer() {}

    static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(DatasheetRenderer.class.getClassLoader());
        loader.setPrefix("veil/qa/html/");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(false).newLineTrimming(false).extension(new QaPebbleExtension()).build();
    }

    /** Loads fonts, XChart and the templates once (safe to call from another thread; errors ignored). */
    public static void warmUp() {
        try {
            new Charts().svg(warmChart());
            ENGINE.getTemplate("datasheet");
            ENGINE.getTemplate("sample-sheet");
        } catch (RuntimeException | Error e) {
            // the real rendering will report any problem
        }
    }

    private static org.knowm.xchart.CategoryChart warmChart() {
        org.knowm.xchart.CategoryChart c = Charts.bars(100, 80, "x", "y");
        c.addSeries("s", List.of("a", "b"), List.of(1, 2));
        return c;
    }

    /** A row group of the cohort tables: title, levels in order, and counts per split (split -> level -> images). */
    public record CohortAttribute(String title, List<String> levels, Map<String, Map<String, Long>> bySplit) {}

    public static void write(Figures f, DatasheetAnswers answers, Path out) throws IOException {
        veil.qa.output.ReportFile.write(out, os -> {
            Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
            render(f, answers, w);
            w.flush();
        });
    }

    public static String render(Figures f, DatasheetAnswers answers) throws IOException {
        StringWriter w = new StringWriter(1 << 20);
        render(f, answers, w);
        return w.toString();
    }

    public static void render(Figures f, DatasheetAnswers answers, Writer w) throws IOException {
        DatasheetAnswers a = answers == null ? DatasheetAnswers.empty() : answers;
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("f", f);
        ctx.put("a", a);
        ctx.put("title", a.title() != null ? a.title() : "Datasheet: " + String.join(", ", f.meta().sources()));
        ctx.put("charts", new Charts().all(f));
        List<String> splitsWithAll = new ArrayList<>();
        splitsWithAll.add("all");
        if (f.splits().size() > 1) for (String s : f.splits().keySet()) splitsWithAll.add(s.equals("all") ? "all (split)" : s);
        ctx.put("splitsWithAll", splitsWithAll);
        List<CohortAttribute> attrs = new ArrayList<>();
        attrs.add(attribute("sex", f, Figures.Cohort::sex));
        attrs.add(attribute("view position", f, Figures.Cohort::viewPosition));
        attrs.add(attribute("frontal / lateral", f, Figures.Cohort::frontalLateral));
        attrs.add(attribute("AP / PA", f, Figures.Cohort::apPa));
        attrs.removeIf(x -> x.levels().isEmpty());
        ctx.put("cohortAttributes", attrs);
        PebbleTemplate t = ENGINE.getTemplate("datasheet");
        t.evaluate(w, ctx);
    }

    static CohortAttribute attribute(String title, Figures f, java.util.function.Function<Figures.Cohort, Map<String, Long>> get) {
        Set<String> levels = new LinkedHashSet<>();
        Map<String, Map<String, Long>> by = new LinkedHashMap<>();
        for (Map.Entry<String, Figures.Cohort> e : f.cohort().entrySet()) {
            Map<String, Long> m = get.apply(e.getValue());
            levels.addAll(m.keySet());
            by.put(e.getKey(), m);
        }
        return new CohortAttribute(title, new ArrayList<>(levels), by);
    }

    /** The printable review sheet for a sample. */
    public static void writeSampleSheet(Sample s, String title, Path out) throws IOException {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("s", s);
        ctx.put("title", title == null ? "Label review sheet" : title);
        veil.qa.output.ReportFile.write(out, os -> {
            Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
            ENGINE.getTemplate("sample-sheet").evaluate(w, ctx);
            w.flush();
        });
    }
}
