package veil.qa.html;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import veil.qa.stats.Figures;

/**
 * Charts of the datasheet, drawn by XChart and exported as SVG through its VectorGraphicsEncoder
 * (VectorGraphics2D). XChart draws text as glyph outlines, so no data text is embedded as markup.
 * The SVG is made embeddable: XML prolog and DOCTYPE removed, clip-path ids renumbered per page.
 */
final class Charts {
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>\\s*|<!DOCTYPE[^>]*>\\s*");
    private static final Pattern CLIP = Pattern.compile("clip(-?\\d+)");

    private int counter;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** All charts for a report, by name; a chart whose data is missing is left out. */
    Map<String, String> all(Figures f) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "images_per_patient", imagesPerPatient(f));
        put(out, "lorenz", lorenz(f));
        put(out, "effective_n", effectiveN(f));
        put(out, "age", age(f));
        put(out, "prevalence", prevalence(f));
        put(out, "test_adequacy", testAdequacy(f));
        put(out, "resolution", resolution(f));
        return out;
    }

    private void put(Map<String, String> out, String name, Chart<?, ?> chart) {
        if (chart != null) out.put(name, svg(chart));
    }

    String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream(1 << 16);
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bo, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new IllegalStateException("SVG export failed", e);
        }
        String s = PROLOG.matcher(bo.toString(StandardCharsets.UTF_8)).replaceAll("");
        int id = ++counter;
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = CLIP.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String repl = ids.computeIfAbsent(m.group(1), k -> "vc" + id + "_" + (ids.size() + 1));
            m.appendReplacement(sb, repl);
        }
        m.appendTail(sb);
        return sb.toString().replaceFirst("<svg ", "<svg class=\"chart\" role=\"img\" ");
    }

    static <S extends Styler> S style(S st) {
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setChartTitleVisible(false);
        st.setLegendBorderColor(Color.WHITE);
        st.setSeriesColors(PALETTE);
        st.setChartFontColor(new Color(0x333333));
        st.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return st;
    }

    static CategoryChart bars(int w, int h, String x, String y) {
        CategoryChart c = new CategoryChartBuilder().width(w).height(h).xAxisTitle(x).yAxisTitle(y).build();
        style(c.getStyler());
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return c;
    }

    Chart<?, ?> imagesPerPatient(Figures f) {
        List<Figures.Bin> bins = f.perPatient().images().histogram();
        if (bins.isEmpty()) return null;
        CategoryChart c = bars(620, 300, "images per patient", "patients");
        c.getStyler().setLegendVisible(false);
        c.addSeries("patients", bins.stream().map(Figures.Bin::label).toList(), bins.stream().map(b -> (Number) b.count()).toList());
        return c;
    }

    Chart<?, ?> lorenz(Figures f) {
        List<double[]> pts = f.concentration().lorenz();
        if (pts.size() < 2) return null;
        XYChart c = new XYChartBuilder().width(420).height(360).xAxisTitle("share of patients (fewest images first)").yAxisTitle("share of images").build();
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        c.getStyler().setXAxisDecimalPattern("0%").setYAxisDecimalPattern("0%");
        XYSeries eq = c.addSeries("equal shares", new double[] {0, 1}, new double[] {0, 1});
        eq.setMarker(SeriesMarkers.NONE);
        eq.setLineColor(new Color(0xaaaaaa));
        double[] x = new double[pts.size()], y = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) { x[i] = pts.get(i)[0]; y[i] = pts.get(i)[1]; }
        XYSeries s = c.addSeries("this dataset", x, y);
        s.setMarker(SeriesMarkers.NONE);
        return c;
    }

    Chart<?, ?> effectiveN(Figures f) {
        if (f.effectiveSampleSize().isEmpty()) return null;
        List<String> labels = new ArrayList<>(f.effectiveSampleSize().keySet());
        CategoryChart c = bars(820, 360, null, "positive images");
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setOverlapped(true);
        c.addSeries("positive images", labels, labels.stream().map(l -> (Number) f.effectiveSampleSize().get(l).positives()).toList());
        c.addSeries("effective positives (independent-equivalent)", labels,
                labels.stream().map(l -> (Number) f.effectiveSampleSize().get(l).effectivePositives()).toList());
        return c;
    }

    Chart<?, ?> age(Figures f) {
        Map<String, Figures.Cohort> cohort = f.cohort();
        List<String> keys = new ArrayList<>(cohort.keySet());
        if (keys.size() > 1) keys.remove("all");
        boolean any = false;
        for (String k : keys) if (cohort.get(k).age().known() > 0) any = true;
        if (!any) return null;
        CategoryChart c = bars(820, 320, "age (years)", "share of images in split");
        c.getStyler().setYAxisDecimalPattern("0%");
        int n = 0;
        for (String k : keys) {
            Figures.AgeSummary a = cohort.get(k).age();
            if (a.known() == 0) continue;
            if (++n > PALETTE.length) break;
            List<String> bins = new ArrayList<>(a.histogram().keySet());
            c.addSeries(k, bins, bins.stream().map(b -> (Number) ((double) a.histogram().get(b) / a.known())).toList());
        }
        return c;
    }

    Chart<?, ?> prevalence(Figures f) {
        if (f.meta().primaryLabeller() == null) return null;
        Map<String, Map<String, Figures.ValueCounts>> labels = f.labels().get(f.meta().primaryLabeller());
        if (labels == null || labels.isEmpty()) return null;
        List<String> names = new ArrayList<>(labels.keySet());
        List<String> splits = new ArrayList<>(labels.get(names.get(0)).keySet());
        if (splits.size() > 1) splits.remove("all");
        CategoryChart c = bars(820, 380, null, "prevalence (positive share)");
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setYAxisDecimalPattern("0%");
        int n = 0;
        for (String s : splits) {
            if (++n > PALETTE.length) break;
            c.addSeries(s, names, names.stream().map(l -> (Number) labels.get(l).get(s).prevalence()).toList());
        }
        return c;
    }

    Chart<?, ?> testAdequacy(Figures f) {
        Figures.TestAdequacy t = f.testAdequacy();
        if (t.labels().isEmpty()) return null;
        List<String> names = new ArrayList<>(t.labels().keySet());
        CategoryChart c = bars(820, 360, null, "95% CI half-width of sensitivity");
        c.getStyler().setXAxisLabelRotation(45);
        c.getStyler().setOverlapped(true);
        c.getStyler().setYAxisDecimalPattern("0.00");
        c.addSeries("sensitivity CI half-width", names, names.stream().map(l -> (Number) t.labels().get(l).sensitivityCiHalfWidth()).toList());
        c.addSeries("limit " + t.threshold(), names, names.stream().map(l -> (Number) t.threshold()).toList())
                .setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
        return c;
    }

    Chart<?, ?> resolution(Figures f) {
        Figures.ImageQuality q = f.imageQuality();
        if (q == null || q.imagesWithSize() == 0) return null;
        CategoryChart c = bars(620, 300, "shorter side (pixels)", "images");
        c.getStyler().setLegendVisible(false);
        List<String> bins = new ArrayList<>(q.shortSide().keySet());
        c.addSeries("images", bins, bins.stream().map(b -> (Number) q.shortSide().get(b)).toList());
        return c;
    }
}
