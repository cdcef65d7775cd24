package dev.hookctl.release;

/** An argument value a hook firing passes, with its source. */
public record ResolvedArgument(String name, String value, ValueSource source, String origin) {
    public boolean invented() {
        return source == ValueSource.INVENTED;
    }
}
