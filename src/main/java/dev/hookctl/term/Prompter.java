package dev.hookctl.term;

import java.util.List;
import java.util.Optional;

/**
 * Questions to the person at the terminal. Only exists when standard input is a terminal
 * ({@link Prompts#open}); non-interactive runs never see one, so they never block on input.
 */
public interface Prompter extends AutoCloseable {

    /**
     * Asks for a required value, with tab completion of {@code candidates}. A secret value is read
     * without echo. Empty when the user gives nothing (empty line, Ctrl-D, Ctrl-C).
     */
    Optional<String> ask(String name, String description, List<String> candidates, boolean secret);

    /** Shows the summary and asks y/N; anything but y/yes is no. */
    boolean confirm(FiringSummary summary);

    /**
     * Whether the last question ended with Ctrl-C rather than an answer: the caller stops as after any
     * Ctrl-C (exit 130), instead of taking it for a missing value or a no.
     */
    default boolean interrupted() {
        return false;
    }

    @Override
    void close();
}
