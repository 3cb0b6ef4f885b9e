package veil.deid.io;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import veil.rules.StandardDictionary;

/**
 * Visits every attribute of a dataset at every sequence depth (SR content trees included), with a readable path such as
 * {@code ContentSequence[2]/ContentSequence[0]/TextValue}. Used by whoever must look at everything: the audit's header
 * scan, tests that look for a value anywhere.
 */
public final class DatasetWalker {

    /** Called for each attribute; {@code path} names it from the top level, items indexed from 0. */
    @FunctionalInterface
    public interface Visitor {
        void visit(String path, Attribute attribute, AttributeList owner);
    }

    /** Deeper than this is a hostile file, not a real SR (PS3.3 trees are a few levels deep). */
    static final int MAX_DEPTH = 64;

    private DatasetWalker() { }

    public static void walk(AttributeList list, Visitor visitor) {
        walk(list, "", visitor, 0);
    }

    private static void walk(AttributeList list, String prefix, Visitor visitor, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Attribute a : list.values()) {
            String path = prefix + name(a.getTag());
            visitor.visit(path, a, list);
            if (a instanceof SequenceAttribute sq) {
                for (int i = 0; i < sq.getNumberOfItems(); i++) {
                    walk(sq.getItem(i).getAttributeList(), path + "[" + i + "]/", visitor, depth + 1);
                }
            }
        }
    }

    /** Keyword for standard attributes, (gggg,eeee) for private and unknown ones. */
    public static String name(AttributeTag tag) {
        return StandardDictionary.get().describe((tag.getGroup() << 16) | tag.getElement());
    }
}
