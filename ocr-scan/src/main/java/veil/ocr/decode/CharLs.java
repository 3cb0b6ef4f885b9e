package veil.ocr.decode;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import java.io.IOException;

/** The part of CharLS's C API (charls.h, 2.x) that decodes one JPEG-LS stream into a buffer. */
final class CharLs {

    interface Api extends Library {
        Pointer charls_jpegls_decoder_create();
        void charls_jpegls_decoder_destroy(Pointer decoder);
        int charls_jpegls_decoder_set_source_buffer(Pointer decoder, Pointer source, long size);
        int charls_jpegls_decoder_read_header(Pointer decoder);
        int charls_jpegls_decoder_get_frame_info(Pointer decoder, FrameInfo info);
        int charls_jpegls_decoder_get_interleave_mode(Pointer decoder, IntByReference mode);
        int charls_jpegls_decoder_get_destination_size(Pointer decoder, int stride, LongByReference size);
        int charls_jpegls_decoder_decode_to_buffer(Pointer decoder, byte[] destination, long size, int stride);
        String charls_get_error_message(int error);
    }

    /** charls_frame_info. */
    @Structure.FieldOrder({"width", "height", "bitsPerSample", "componentCount"})
    public static final class FrameInfo extends Structure {
        public int width, height, bitsPerSample, componentCount;
    }

    /** A decoded stream: samples as stored (1 or 2 bytes each, little-endian), pixel-interleaved. */
    record Decoded(int width, int height, int bitsPerSample, int components, byte[] samples) {
        int bytesPerSample() {
            return bitsPerSample <= 8 ? 1 : 2;
        }
    }

    private static final int INTERLEAVE_NONE = 0;

    private CharLs() { }

    private static final class Holder {
        // Debian's libcharls2 ships libcharls.so.2 only; JNA finds the versioned name.
        static final Api API = Native.load("charls", Api.class);
    }

    static Decoded decode(byte[] stream) throws IOException {
        Api api;
        try {
            api = Holder.API;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("JPEG-LS decoder CharLS (Debian package libcharls2) is not installed");
        }
        Pointer d = api.charls_jpegls_decoder_create();
        if (d == null) throw new IOException("CharLS could not create a decoder");
        try {
            // CharLS keeps the source pointer until decoding ends: native memory that outlives each call, not a byte[]
            // (JNA copies an array only for the duration of one call).
            Memory source = new Memory(Math.max(1, stream.length));
            source.write(0, stream, 0, stream.length);
            check(api, api.charls_jpegls_decoder_set_source_buffer(d, source, stream.length));
            check(api, api.charls_jpegls_decoder_read_header(d));
            FrameInfo info = new FrameInfo();
            check(api, api.charls_jpegls_decoder_get_frame_info(d, info));
            IntByReference mode = new IntByReference();
            check(api, api.charls_jpegls_decoder_get_interleave_mode(d, mode));
            LongByReference size = new LongByReference();
            check(api, api.charls_jpegls_decoder_get_destination_size(d, 0, size));
            if (size.getValue() <= 0 || size.getValue() > Integer.MAX_VALUE - 16) throw new IOException("JPEG-LS frame too large");
            byte[] out = new byte[(int) size.getValue()];
            check(api, api.charls_jpegls_decoder_decode_to_buffer(d, out, out.length, 0));
            Decoded dec = new Decoded(info.width, info.height, info.bitsPerSample, info.componentCount, out);
            return mode.getValue() == INTERLEAVE_NONE && info.componentCount > 1 ? interleave(dec) : dec;
        } finally {
            api.charls_jpegls_decoder_destroy(d);
        }
    }

    /** Interleave-mode "none" decodes plane by plane; readers downstream expect R G B R G B. */
    private static Decoded interleave(Decoded d) {
        int bps = d.bytesPerSample(), pixels = d.width() * d.height(), c = d.components();
        byte[] out = new byte[d.samples().length];
        for (int p = 0; p < pixels; p++) {
            for (int k = 0; k < c; k++) {
                System.arraycopy(d.samples(), (k * pixels + p) * bps, out, (p * c + k) * bps, bps);
            }
        }
        return new Decoded(d.width(), d.height(), d.bitsPerSample(), c, out);
    }

    private static void check(Api api, int err) throws IOException {
        if (err != 0) throw new IOException("CharLS: " + api.charls_get_error_message(err));
    }
}
