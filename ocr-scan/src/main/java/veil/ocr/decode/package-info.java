/**
 * Decoders for compressed pixel data PixelMed cannot decode by itself, plugged in as Image I/O readers so PixelMed's
 * own decoding (and with it every step that reads pixels) picks them up: JPEG-LS through Debian's CharLS
 * ({@code libcharls2}, BSD-3-Clause) via JNA. JPEG 2000 comes from {@code jai-imageio-jpeg2000}, which registers its
 * own reader. 12-bit extended JPEG, which PixelMed refuses before asking any reader, is decoded by
 * {@link veil.ocr.decode.ExtendedJpeg} into an uncompressed copy the pipeline reads instead.
 */
package veil.ocr.decode;
