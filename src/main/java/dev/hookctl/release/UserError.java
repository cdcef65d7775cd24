package dev.hookctl.release;

/**
 * A mistake the user can fix: what is wrong, and how to fix it (may be empty). {@code reason}
 * lets a caller react to the few errors a prompt can fix, without reading the message text.
 */
public record UserError(String message, String hint, Reason reason) {
    /** What kind of input is missing or wrong, where a caller may act on it. */
    public enum Reason { OTHER, PHASE_REQUIRED }

    public UserError(String message, String hint) {
        this(message, hint, Reason.OTHER);
    }

    public static UserError of(String message) {
        return new UserError(message, "");
    }
}
