package veil.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void everyBuiltInProfileLoads() {
        for (String name : ProfileLoader.BUILT_IN) {
            Profile p = ProfileLoader.load(name);
            assertThat(p.table()).as(name).isTrue();
            assertThat(p.pixelTriggers()).as(name).isNotEmpty();
        }
    }

    @Test
    void theLargestBlackoutShareIsProfileDataWithAClearErrorForABadValue() throws IOException {
        assertThat(ProfileLoader.load("basic").pixelPolicy().maxBlackoutShare()).isEqualTo(0.05);
        Path ok = write("ok.yaml", "extends: basic\npixels:\n  max-blackout: 0.12\n");
        assertThat(ProfileLoader.load(ok.toString()).pixelPolicy().maxBlackoutShare()).isEqualTo(0.12);
        Path bad = write("bad-share.yaml", "extends: basic\npixels:\n  max-blackout: 150%\n");
        assertThatThrownBy(() -> ProfileLoader.load(bad.toString()))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("bad-share.yaml line 3").hasMessageContaining("max-blackout must be above 0%");
        Path word = write("word-share.yaml", "extends: basic\npixels:\n  max-blackout: lots\n");
        assertThatThrownBy(() -> ProfileLoader.load(word.toString()))
                .isInstanceOf(ProfileException.class).hasMessageContaining("such as 5% or 0.05");
    }

    @Test
    void extendingAProfileAddsOptionsAndRulesAfterTheParents() {
        Profile research = ProfileLoader.load("research");
        assertThat(research.options()).contains(DeidOption.RETAIN_LONG_MODIFIED_DATES);
        assertThat(research.rules().get(0).source()).startsWith("built-in:basic");
        assertThat(research.rules().get(research.rules().size() - 1).source()).startsWith("built-in:research");
        assertThat(research.pseudonymPrefix()).isEqualTo("VEIL");
    }

    @Test
    void anUnknownActionIsReportedWithItsLine() throws IOException {
        Path p = write("bad.yaml", """
                name: bad
                extends: basic
                rules:
                  - tag: PatientName
                    action: keep
                  - tag: PatientID
                    action: obliterate
                """);
        assertThatThrownBy(() -> ProfileLoader.load(p.toString()))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("bad.yaml line 7")
                .hasMessageContaining("unknown action 'obliterate'");
    }

    @Test
    void anUnknownKeywordIsReportedWithItsLine() throws IOException {
        Path p = write("kw.yaml", "extends: basic\nrules:\n  - tag: PatientNmae\n    action: remove\n");
        assertThatThrownBy(() -> ProfileLoader.load(p.toString()))
                .hasMessageContaining("line 3").hasMessageContaining("PatientNmae");
    }

    @Test
    void aTypoInAKeyIsNotSilentlyIgnored() throws IOException {
        Path p = write("key.yaml", "extends: basic\noptoins: [retain-uids]\n");
        assertThatThrownBy(() -> ProfileLoader.load(p.toString()))
                .hasMessageContaining("line 2").hasMessageContaining("unknown key 'optoins'");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws IOException {
        Path p = write("yaml.yaml", "extends: basic\nrules:\n  - tag: [PatientID\n    action: keep\n");
        assertThatThrownBy(() -> ProfileLoader.load(p.toString()))
                .isInstanceOf(ProfileException.class).hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void anUnknownOptionNamesTheValidOnes() throws IOException {
        Path p = write("opt.yaml", "extends: basic\noptions: [retain-everything]\n");
        assertThatThrownBy(() -> ProfileLoader.load(p.toString()))
                .hasMessageContaining("line 2").hasMessageContaining("retain-uids");
    }

    @Test
    void aProfileThatExtendsItselfIsRefused() throws IOException {
        Path p = dir.resolve("loop.yaml");
        Files.writeString(p, "extends: " + p + "\n");
        assertThatThrownBy(() -> ProfileLoader.load(p.toString())).hasMessageContaining("extends itself");
    }

    @Test
    void aMissingProfileSaysWhatWouldHaveBeenAccepted() {
        assertThatThrownBy(() -> ProfileLoader.load("no-such-profile"))
                .hasMessageContaining("neither a built-in profile").hasMessageContaining("basic");
    }

    @Test
    void pixelMasksAreParsedFromTheProfile() throws IOException {
        Path p = write("masks.yaml", """
                extends: basic
                pixels:
                  mode: phi
                  masks:
                    - name: ACME US header band
                      when: {Modality: US, Manufacturer: "ACME*"}
                      boxes: [[0, 0, 640, 40]]
                """);
        PixelPolicy policy = ProfileLoader.load(p.toString()).pixelPolicy();
        assertThat(policy.mode()).isEqualTo(PixelPolicy.Mode.PHI);
        assertThat(policy.masks()).singleElement().satisfies(m -> {
            assertThat(m.when().required()).containsEntry("Manufacturer", java.util.List.of("ACME*"));
            assertThat(m.boxes()).containsExactly(new PixelPolicy.Box(0, 0, 640, 40));
        });
    }
}
