package dev.hookctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * render, simulate and graph must start fast: they never load fabric8 (a second to create a
 * client) or jline. Each command runs in a fresh class loader that records every class it loads.
 */
class StartupClassesTest {

    /** Loads hookctl and its libraries itself (child first) and remembers what it loaded. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                        loaded.add(name);
                    } catch (ClassNotFoundException e) {
                        c = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "render notify --flow sequential --on start",
        "simulate --flow regions --fail eu",
        "graph --flow diamond -o dot"})
    void commandsThatNeverTouchAClusterLoadNeitherFabric8NorJline(String commandLine) throws Exception {
        List<String> args = new ArrayList<>(List.of(commandLine.split(" ")));
        args.addAll(List.of("-f", ReleaseCommandsTest.FIXTURES, "--no-config"));
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            Class<?> main = loader.loadClass("dev.hookctl.cli.Main");
            Method run = main.getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class,
                    Path.class, Map.class);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = (int) run.invoke(null, args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out), new PrintStream(err), Path.of("").toAbsolutePath(), Map.of());
            assertThat(code).as("stderr: %s", err).isZero();
            assertThat(loader.loaded).as("classes loaded by %s", commandLine).contains("dev.hookctl.cli.Main")
                    .noneMatch(c -> c.startsWith("io.fabric8.") || c.startsWith("org.jline."));
        }
    }
}
