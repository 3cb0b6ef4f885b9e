package veil.ocr.policy;

/** Bounded Levenshtein distance, for OCR slips in names and IDs. */
final class Edits {

    private Edits() { }

    static boolean within(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) return false;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return false;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()] <= max;
    }
}
