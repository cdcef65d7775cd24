package dev.hookctl.release;

/** A value with where it came from: {@code origin} says how, in the user's terms. */
public record Fact(String value, ValueSource source, String origin) {
    public boolean invented() {
        return source == ValueSource.INVENTED;
    }
}
