/**
 * Scoring a pixel cleaner against ground truth, the same way for every generated set (tuning or independent): which
 * text boxes were hidden, how much changed outside them, what was quarantined, and at what cost.
 */
package veil.testkit.pixels.score;
