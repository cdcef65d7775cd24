package dev.hookctl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the build, for {@code --version} and machine formats. */
public final class Version implements IVersionProvider {
    /** Read on first use: every start-up creates the version provider, few runs print the version. */
    private static final class Holder {
        static final String VALUE = load();
    }

    public static String value() {
        return Holder.VALUE;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/hookctl/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hookctl " + value() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ")"};
    }
}
