package dev.hookctl.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as kubectl and argo spell them: {@code 90s}, {@code 1m30s}, {@code 2h}, {@code 500ms};
 * a bare number means seconds (kubectl's {@code --request-timeout=30}). {@code 0} means no limit.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private Durations() {}

    public static Optional<Duration> parse(String text) {
        String t = text.trim();
        if (t.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(t)));
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.lookingAt()) {
            double n = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> Math.round(n);
                case "s" -> Math.round(n * 1_000);
                case "m" -> Math.round(n * 60_000);
                default -> Math.round(n * 3_600_000);
            };
            total = total.plusMillis(millis);
            at = m.end();
            m.region(at, t.length());
        }
        return at == t.length() ? Optional.of(total) : Optional.empty();
    }

    /** Short human form: {@code 850ms}, {@code 12s}, {@code 3m05s}, {@code 1h02m}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + "ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3_600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3_600, (s % 3_600) / 60);
    }
}
