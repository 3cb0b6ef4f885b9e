package veil.testkit.demo;

/** One capability's part of the demo page: a title and an HTML fragment whose data values are already escaped. */
public record DemoSection(String title, String html) { }
