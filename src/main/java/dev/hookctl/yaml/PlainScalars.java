package dev.hookctl.yaml;

import dev.hookctl.yaml.YamlNode.ScalarType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a plain (unquoted) scalar resolves under YAML 1.1, the way the general reader resolves it
 * (SnakeYAML's implicit types as Jackson maps them, plus y/Y/n/N as booleans the way Kubernetes
 * reads them). Kubernetes and Argo read manifests with YAML 1.1 rules, so {@code on} is a boolean
 * and {@code 010} an octal number.
 */
final class PlainScalars {
    private PlainScalars() {}

    static final Set<String> BOOLEANS = Set.of(
            "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
            "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N");

    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    /** YAML 1.1 integers: binary, octal, decimal, hexadecimal and base 60, with underscores. */
    private static final Pattern INT = Pattern.compile("[-+]?0b_*[01][01_]*|[-+]?0_*[0-7][0-7_]*"
            + "|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");

    /** YAML 1.1 floats, including base 60, infinities and not-a-number. */
    private static final Pattern FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    /**
     * The type of a non-empty plain scalar, or null for the integer forms the general reader
     * converts (octal, hexadecimal, binary, base 60, underscores), which are left to it.
     */
    static ScalarType resolve(String value) {
        char c = value.charAt(0);
        switch (c) {
            case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
                if (value.length() <= 5 && BOOLEANS.contains(value)) {
                    return ScalarType.BOOL;
                }
                return NULLS.contains(value) ? ScalarType.NULL : ScalarType.STRING;
            }
            case '~' -> {
                return value.length() == 1 ? ScalarType.NULL : ScalarType.STRING;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', '.' -> {
                return number(value);
            }
            default -> {
                return ScalarType.STRING;
            }
        }
    }

    private static ScalarType number(String value) {
        if (isDecimal(value)) {
            return ScalarType.INT;
        }
        if (!mayBeNumber(value)) {
            return ScalarType.STRING; // "-c", "1.2.3-rc": no regular expression needed
        }
        if (INT.matcher(value).matches()) {
            return null;
        }
        return FLOAT.matcher(value).matches() ? ScalarType.FLOAT : ScalarType.STRING;
    }

    /**
     * False when no integer or float form can match: every form but the infinities and
     * not-a-number has a digit or an underscore, and all of them are written with few characters.
     */
    private static boolean mayBeNumber(String value) {
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || c == '_') {
                digit = true; // "._" is a float to YAML 1.1: underscores stand in for digits
            } else if ("+-_.:abcdefABCDEFxinIN".indexOf(c) < 0) {
                return false;
            }
        }
        return digit || value.endsWith("inf") || value.endsWith("Inf") || value.endsWith("INF")
                || value.equals(".nan") || value.equals(".NaN") || value.equals(".NAN");
    }

    /** {@code [-+]?(0|[1-9][0-9]*)}: an integer every reader agrees on. */
    private static boolean isDecimal(String value) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        int n = value.length();
        if (i == n) {
            return false;
        }
        if (value.charAt(i) == '0') {
            return i + 1 == n;
        }
        for (; i < n; i++) {
            char d = value.charAt(i);
            if (d < '0' || d > '9') {
                return false;
            }
        }
        return true;
    }
}
