/**
 * Test and demo material kept out of the production jar: synthetic generators (one to tune on, an independent one
 * to report on, per detector), fixtures, evaluation harnesses and the demo.
 */
package veil.testkit;
