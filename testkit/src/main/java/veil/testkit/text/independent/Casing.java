package veil.testkit.text.independent;

/** How a generated note is written; the independent evaluation reports each separately. */
public enum Casing { MIXED, UPPER, LOWER }
