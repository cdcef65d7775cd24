package dev.hookctl.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent pieces of work on all cores (files to parse, checks to run) and returns their
 * results in order. An exception from a piece is a bug: it is rethrown as it was thrown, for the
 * one handler in cli.
 */
public final class Workers {
    private Workers() {}

    /** {@code work} applied to every item; on the calling thread when there is too little to share. */
    public static <T, R> List<R> map(List<T> items, int minimumToShare, String threadName, Function<T, R> work) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(8, items.size())));
        if (threads == 1 || items.size() < minimumToShare) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(work.apply(item));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
