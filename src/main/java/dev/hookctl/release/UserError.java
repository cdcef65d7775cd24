package dev.hookctl.release;

/** A mistake the user can fix: what is wrong, and how to fix it (may be empty). */
public record UserError(String message, String hint) {
    public static UserError of(String message) {
        return new UserError(message, "");
    }
}
