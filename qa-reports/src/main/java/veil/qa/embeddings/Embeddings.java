package veil.qa.embeddings;

/**
 * Image embeddings keyed by image id (MIMIC's dicom_id): row {@code i} of the row-major
 * {@code n x dim} matrix belongs to {@code ids[i]}.
 */
public record Embeddings(String[] ids, int dim, float[] data, String source) {
    public Embeddings {
        if (dim <= 0) throw new IllegalArgumentException("embedding dimension must be positive");
        if ((long) ids.length * dim != data.length) throw new IllegalArgumentException("ids and matrix size differ");
    }

    public int size() { return ids.length; }
}
