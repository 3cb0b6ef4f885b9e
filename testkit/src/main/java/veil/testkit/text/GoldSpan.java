package veil.testkit.text;

import veil.deid.text.PhiType;

/** Where a synthetic report holds an identifier it was given: [start, end) and its category. */
public record GoldSpan(int start, int end, PhiType type) {}
