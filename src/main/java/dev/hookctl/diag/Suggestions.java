package dev.hookctl.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the known names closest to a misspelt one. */
public final class Suggestions {
    private Suggestions() {}

    /** The closest candidate, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        List<String> all = closestN(wrong, candidates, 1);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Up to {@code n} candidates close enough to {@code wrong}, closest first. Edit distance
     * decides, with a bonus for a shared beginning: people get the start of a name right and
     * trail off ("hook-on-trigger" means "hook-on-trigger-env", not "flow-no-trigger"). Close
     * enough: at most a third of the shorter name's letters changed (two for short names), never
     * all of them, or one name contains the other (the wrong one four letters or more, the shorter
     * two or more).
     */
    public static List<String> closestN(String wrong, Collection<String> candidates, int n) {
        record Scored(String name, double score) {}
        String w = wrong.toLowerCase(Locale.ROOT);
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            if (c.equals(wrong)) {
                continue;
            }
            String lc = c.toLowerCase(Locale.ROOT);
            int d = distance(w, lc);
            int shorter = Math.min(w.length(), lc.length());
            // at least one character kept, or "x" would suggest "t"; and one letter is no part worth
            // naming ("true" contains "t"), where two are ("qa-eu" contains "qa")
            int allowed = Math.min(Math.max(2, shorter / 3), shorter - 1);
            boolean contains = w.length() >= 4 && shorter >= 2 && (lc.contains(w) || w.contains(lc));
            if (d <= allowed || contains) {
                scored.add(new Scored(c, d - commonPrefix(w, lc) / 2.0 - (contains ? 2 : 0)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < n; i++) {
            out.add(scored.get(i).name());
        }
        return out;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** {@code did you mean "x"?} for the closest candidate, or {@code otherwise} when nothing is close. */
    public static String didYouMeanOr(String wrong, Collection<String> candidates, String otherwise) {
        return closest(wrong, candidates).map(s -> "did you mean \"" + s + "\"?").orElse(otherwise);
    }

    /** A hint sentence, or "" when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> "did you mean \"" + s + "\"?").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
