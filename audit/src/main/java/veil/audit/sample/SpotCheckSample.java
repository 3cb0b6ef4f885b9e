package veil.audit.sample;

import java.util.List;
import java.util.Map;

/**
 * What was drawn.
 *
 * @param population files in the audit
 * @param bound      what zero fails among the items would prove
 * @param strata     items per stratum
 */
public record SpotCheckSample(long population, int size, String bound, Map<String, Integer> strata, List<String> files) { }
