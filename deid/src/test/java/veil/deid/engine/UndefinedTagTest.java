package veil.deid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import veil.deid.io.InstanceReader;
import veil.deid.io.InstanceWriter;
import veil.rules.ProfileLoader;
import veil.rules.RuleSet;
import veil.rules.StandardDictionary;

/** Attributes under tags PS3.6 does not define (neither standard nor private) are removed unless a profile names them. */
class UndefinedTagTest {

    private static final String[] VRS = {"PN", "LO", "SH", "LT", "ST", "UT", "UC"};

    @TempDir
    Path dir;

    /** 19 even-group tags that the dictionary does not define, next to standard groups a name could hide in. */
    static List<AttributeTag> undefinedTags() {
        List<AttributeTag> out = new ArrayList<>();
        int[] groups = {0x0008, 0x0010, 0x0018, 0x0020, 0x0032, 0x0040};
        for (int g : groups) {
            for (int e = 0x0011; e < 0xFFFF && out.size() < 19; e += 0x0101) {
                int tag = g << 16 | e;
                if (!StandardDictionary.get().defines(tag)) {
                    out.add(new AttributeTag(g, e));
                    break;
                }
            }
        }
        for (int e = 0x0011; out.size() < 19; e += 2) {   // the rest next to PatientName, as a one-byte corruption would put them
            if (!StandardDictionary.get().defines(0x0010 << 16 | e) && !out.contains(new AttributeTag(0x0010, e))) {
                out.add(new AttributeTag(0x0010, e));
            }
        }
        return out;
    }

    private Path write(List<AttributeTag> tags, String transferSyntax) throws Exception {
        AttributeList l = HeaderDeidentifierTest.instance("20200301");
        for (int i = 0; i < tags.size(); i++) {
            Attribute a = AttributeFactory.newAttribute(tags.get(i), VRS[i % VRS.length].getBytes(StandardCharsets.US_ASCII));
            a.addValue("HIDDEN" + (char) ('A' + i) + "^NAME" + i);
            l.put(a);
        }
        FileMetaInformation.addFileMetaInformation(l, "1.2.840.10008.5.1.4.1.1.1", "1.2.3.100", transferSyntax, "TEST");
        Path f = dir.resolve(transferSyntax + ".dcm");
        l.write(f.toFile(), transferSyntax, true, true);
        return f;
    }

    private byte[] deidentify(Path in, RuleSet rules) throws Exception {
        InstanceReader.Header h = InstanceReader.readHeader(in);
        AttributeList l = h.list();
        new HeaderDeidentifier(rules, HeaderDeidentifierTest.UIDS, HeaderDeidentifierTest.KEY.derive("hash"),
                veil.deid.text.TextCleaner.PLACEHOLDER).apply(l, HeaderDeidentifierTest.context(rules, l));
        Path out = dir.resolve("out-" + in.getFileName());
        InstanceWriter.writeWhole(l, h.transferSyntaxUid(), out);
        return Files.readAllBytes(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian})
    void namesUnderNineteenUndefinedTagsAreAllRemoved(String ts) throws Exception {
        List<AttributeTag> tags = undefinedTags();
        assertThat(tags).hasSize(19).contains(new AttributeTag(0x0010, 0x0011));
        byte[] out = deidentify(write(tags, ts), RuleSet.compile(ProfileLoader.load("basic"), Set.of()));
        String text = new String(out, StandardCharsets.ISO_8859_1);
        int kept = 0;
        for (int i = 0; i < tags.size(); i++) if (text.contains("NAME" + i)) kept++;
        assertThat(kept).as("names kept under undefined tags").isZero();
        assertThat(text).doesNotContain("HIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ImplicitVRLittleEndian})
    void aProfileRuleNamingTheExactTagDecides(String ts) throws Exception {
        Path profile = dir.resolve("keep-0010-0011.yaml");
        Files.writeString(profile, """
                name: keep-undefined
                extends: basic
                rules:
                  - tag: "(0010,0011)"
                    action: keep
                  - tag: "(0010,xxxx)"
                    action: keep
                """);
        byte[] out = deidentify(write(List.of(new AttributeTag(0x0010, 0x0011), new AttributeTag(0x0010, 0x0013)), ts),
                RuleSet.compile(ProfileLoader.load(profile.toString()), Set.of()));
        String text = new String(out, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("NAME0");           // (0010,0011): named exactly, kept as the rule says
        assertThat(text).doesNotContain("NAME1");     // (0010,0013): a wildcard does not speak for undefined tags
    }
}
