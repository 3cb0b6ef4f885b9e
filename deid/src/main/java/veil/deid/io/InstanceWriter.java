package veil.deid.io;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.DicomOutputStream;
import com.pixelmed.dicom.TransferSyntax;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a de-identified instance: new file meta information, the edited header, then either the input's Pixel Data
 * element copied through unchanged (same transfer syntax, so its encoding stays valid) or the dataset's own.
 */
public final class InstanceWriter {

    private InstanceWriter() { }

    /**
     * Header from {@code list}, pixels copied from {@code input} starting at {@code pixelDataStart}. The copy is
     * channel to channel, so the kernel moves the bytes (copy_file_range) without them passing through the heap.
     */
    public static void writeStreaming(AttributeList list, String transferSyntaxUid, Path input, long pixelDataStart, Path out)
            throws IOException, DicomException {
        addMeta(list, transferSyntaxUid);
        try (FileChannel target = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileChannel source = FileChannel.open(input, StandardOpenOption.READ)) {
            OutputStream os = new BufferedOutputStream(Channels.newOutputStream(target), 65536);
            // PixelMed closes the stream it writes to; the shield keeps the channel open for the pixel bytes.
            DicomOutputStream dos = new DicomOutputStream(new FilterOutputStream(os) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, TransferSyntax.ExplicitVRLittleEndian, transferSyntaxUid);
            list.write(dos, true);
            dos.close();
            long size = source.size();
            long pos = pixelDataStart;
            while (pos < size) {
                long n = source.transferTo(pos, size - pos, target);
                if (n <= 0) throw new IOException("could not copy pixel data (" + (size - pos) + " bytes left)");
                pos += n;
            }
        }
    }

    /** The whole dataset as held in {@code list}. */
    public static void writeWhole(AttributeList list, String transferSyntaxUid, Path out) throws IOException, DicomException {
        addMeta(list, transferSyntaxUid);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out, StandardOpenOption.CREATE_NEW), 65536)) {
            list.write(os, transferSyntaxUid, true, false, false);
        }
    }

    private static void addMeta(AttributeList list, String transferSyntaxUid) throws DicomException {
        list.removeGroupLengthAttributes();
        list.removeMetaInformationHeaderAttributes();
        String sopClass = Attributes.string(list, TagFromName.SOPClassUID);
        String sopInstance = Attributes.string(list, TagFromName.SOPInstanceUID);
        FileMetaInformation.addFileMetaInformation(list, sopClass, sopInstance, transferSyntaxUid, "VEIL");
    }
}
