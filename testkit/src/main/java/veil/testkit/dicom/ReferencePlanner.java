package veil.testkit.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links the instances of one study to each other: Referenced Image Sequence points at a neighbour
 * in the same series, Source Image Sequence at the matching instance of the first series, and the
 * Burned In Annotation flags are set. Every reference targets an instance that is generated.
 */
final class ReferencePlanner {
    private final BurnedInMarking burnedIn;

    ReferencePlanner(BurnedInMarking burnedIn) {
        this.burnedIn = burnedIn;
    }

    List<PlannedSeries> link(List<PlannedSeries> series) {
        List<PlannedSeries> images = series.stream().filter(s -> s.kind().isImage()).toList();
        PlannedSeries first = images.isEmpty() ? null : images.get(0);
        List<PlannedSeries> linked = new ArrayList<>();
        boolean firstImage = true;
        for (PlannedSeries s : series) {
            if (!s.kind().isImage()) {
                linked.add(s);
                continue;
            }
            List<PlannedInstance> instances = new ArrayList<>();
            for (int i = 0; i < s.instances().size(); i++) {
                PlannedInstance instance = s.instances().get(i);
                List<Reference> referenced = neighbour(s, i, images);
                List<Reference> sources = s == first ? List.of()
                        : List.of(reference(first, Math.min(i, first.instances().size() - 1)));
                instances.add(new PlannedInstance(instance.number(), instance.sopInstanceUid(),
                        instance.relativePath(), instance.transferSyntax(), marking(firstImage),
                        referenced, sources));
                firstImage = false;
            }
            linked.add(new PlannedSeries(s.number(), s.seriesInstanceUid(), s.frameOfReferenceUid(), s.kind(),
                    s.monochrome1(), s.time(), instances));
        }
        return linked;
    }

    private static List<Reference> neighbour(PlannedSeries series, int index, List<PlannedSeries> images) {
        int size = series.instances().size();
        if (size > 1) {
            return List.of(reference(series, index == 0 ? size - 1 : index - 1));
        }
        return images.stream().filter(other -> other != series).findFirst()
                .map(other -> List.of(reference(other, 0))).orElse(List.of());
    }

    private static Reference reference(PlannedSeries series, int index) {
        return new Reference(series.kind().sopClassUid(), series.instances().get(index).sopInstanceUid());
    }

    private Optional<String> marking(boolean firstImageOfStudy) {
        return switch (burnedIn) {
            case ALL_NO -> Optional.of("NO");
            case ABSENT -> Optional.empty();
            case FIRST_IMAGE_OF_STUDY_YES -> Optional.of(firstImageOfStudy ? "YES" : "NO");
        };
    }
}
