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

    /**
     * Work handed out while it is still being found (files as a folder walk reaches them), so the
     * other cores parse while the walk goes on. Results come back in the order items were given.
     * Until {@code minimumToShare} items have come, no thread is started: a run over a few files
     * does all its work on the calling thread, at {@link #results()}.
     */
    public static final class Stream<T, R> {
        private final Function<T, R> work;
        private final int minimumToShare;
        private final String threadName;
        private final List<T> waiting = new ArrayList<>();
        private final List<Future<R>> futures = new ArrayList<>();
        private ExecutorService pool;

        public Stream(int minimumToShare, String threadName, Function<T, R> work) {
            this.work = work;
            this.minimumToShare = minimumToShare;
            this.threadName = threadName;
        }

        public void submit(T item) {
            if (pool != null) {
                futures.add(pool.submit(() -> work.apply(item)));
                return;
            }
            waiting.add(item);
            int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
            if (waiting.size() >= minimumToShare && threads > 1) {
                pool = newPool(threads, threadName);
                for (T w : waiting) {
                    futures.add(pool.submit(() -> work.apply(w)));
                }
                waiting.clear();
            }
        }

        /** Waits for every item's result, in submission order, and stops the threads. */
        public List<R> results() {
            if (pool == null) {
                List<R> out = new ArrayList<>(waiting.size());
                for (T item : waiting) {
                    out.add(work.apply(item));
                }
                return out;
            }
            try {
                return collect(futures);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static ExecutorService newPool(int threads, String threadName) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    private static <R> List<R> collect(List<Future<R>> futures) {
        try {
            List<R> out = new ArrayList<>(futures.size());
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
        }
    }

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
        ExecutorService pool = newPool(threads, threadName);
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }
}
