package veil.deid.engine;

import com.pixelmed.dicom.AttributeList;

/**
 * One instance as a runner parsed it: the dataset (the header, and the pixels when {@code pixels} says so), the transfer
 * syntax it was encoded in, and where its pixels are. The engine de-identifies {@code dataset} in place.
 */
public record ParsedInstance(AttributeList dataset, String transferSyntaxUid, PixelSource pixels) { }
