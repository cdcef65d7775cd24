package dev.hookctl.term;

/** A hook argument as the confirmation shows it; a secret one is shown masked. */
public record Argument(String name, String value, boolean secret) {
    public static final String MASK = "******";

    public String shown() {
        return secret ? MASK : value;
    }
}
