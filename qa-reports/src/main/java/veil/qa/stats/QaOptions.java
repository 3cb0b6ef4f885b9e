package veil.qa.stats;

import java.util.List;

/**
 * Options for {@link FiguresCalculator}.
 *
 * @param strataColumns      extra categorical columns to show label prevalence by (view is always shown)
 * @param testSplit          the split to judge as a test set; null picks "test", then "valid"/"validate"
 * @param assumedProportion  sensitivity/specificity assumed for the CI width (0.5 = widest, the default)
 * @param halfWidthThreshold labels whose test CI half-width exceeds this are flagged (0.10)
 * @param maxListedPatients  how many leaked patients to list by name
 * @param generatedAt        timestamp to print; null for now
 */
public record QaOptions(List<String> strataColumns, String testSplit, double assumedProportion, double halfWidthThreshold,
                        int maxListedPatients, String generatedAt) {
    public QaOptions {
        strataColumns = strataColumns == null ? List.of() : List.copyOf(strataColumns);
        if (!(assumedProportion > 0 && assumedProportion < 1)) assumedProportion = 0.5;
        if (!(halfWidthThreshold > 0)) halfWidthThreshold = 0.10;
        if (maxListedPatients < 0) maxListedPatients = 1000;
    }

    public static QaOptions defaults() { return new QaOptions(List.of(), null, 0.5, 0.10, 1000, null); }

    public QaOptions withStrata(List<String> cols) {
        return new QaOptions(cols, testSplit, assumedProportion, halfWidthThreshold, maxListedPatients, generatedAt);
    }

    public QaOptions withTestSplit(String s) {
        return new QaOptions(strataColumns, s, assumedProportion, halfWidthThreshold, maxListedPatients, generatedAt);
    }

    public QaOptions withGeneratedAt(String s) {
        return new QaOptions(strataColumns, testSplit, assumedProportion, halfWidthThreshold, maxListedPatients, s);
    }
}
