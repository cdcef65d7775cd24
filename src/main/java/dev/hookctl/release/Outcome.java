package dev.hookctl.release;

import java.util.function.Function;

/** A value, or the user error that prevented it. */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

    record Ok<T>(T value) implements Outcome<T> {}

    record Failed<T>(UserError error) implements Outcome<T> {}

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(String message, String hint) {
        return new Failed<>(new UserError(message, hint));
    }

    static <T> Outcome<T> failed(UserError error) {
        return new Failed<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; only call after {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("no value: " + ((Failed<T>) this).error());
    }

    /** The error; only call when not {@link #isOk()}. */
    default UserError error() {
        if (this instanceof Failed<T> f) {
            return f.error();
        }
        throw new IllegalStateException("not failed");
    }

    default <R> Outcome<R> map(Function<T, R> f) {
        return this instanceof Ok<T> ok ? new Ok<>(f.apply(ok.value())) : new Failed<>(error());
    }

    default <R> Outcome<R> then(Function<T, Outcome<R>> f) {
        return this instanceof Ok<T> ok ? f.apply(ok.value()) : new Failed<>(error());
    }
}
