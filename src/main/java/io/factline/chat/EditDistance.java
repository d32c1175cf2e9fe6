package io.factline.chat;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours
 * each cost 1 ("volitility" → "volatility" is 1, "Technolgy" → "technology" is 1, "Russel" → "russell"
 * is 1). Stops early once every path costs more than {@code limit}.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** @return the distance, or {@code limit + 1} when it is larger than {@code limit} */
    static int within(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}
