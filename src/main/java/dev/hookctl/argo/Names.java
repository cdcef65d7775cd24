package dev.hookctl.argo;

/** Argo's name rules (validate.go), as character loops: they run for every name of every template. */
final class Names {
    private Names() {}

    static final String FIELD_NAME_RULE = "name must consist of alpha-numeric characters or '-', and must start "
            + "with an alpha-numeric character (e.g. My-name1-2, 123-NAME)";
    static final String PARAMETER_NAME_RULE = "Parameter/Artifact name must consist of alpha-numeric characters, "
            + "'_' or '-' e.g. my_param_1, MY-PARAM-1";
    static final int FIELD_NAME_MAX = 128;

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code ^[a-zA-Z0-9][-a-zA-Z0-9]*$}: template, step and task names. */
    static boolean isFieldName(String s) {
        if (s.isEmpty() || !isAlnum(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code ^[-a-zA-Z0-9_]+$}: parameter and artifact names, globalNames. */
    static boolean isParameterName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** The reasons a template, step or task name is invalid, joined as Argo joins them, or "" when valid. */
    static String fieldNameProblems(String name) {
        String tooLong = name.length() > FIELD_NAME_MAX ? "must be no more than " + FIELD_NAME_MAX + " characters" : "";
        String pattern = isFieldName(name) ? "" : FIELD_NAME_RULE;
        if (tooLong.isEmpty()) {
            return pattern;
        }
        return pattern.isEmpty() ? tooLong : tooLong + ";" + pattern;
    }

    /**
     * Argo's "is this a parameter" test, the regex {@code {{[-a-zA-Z0-9]+(\.[-a-zA-Z0-9_]+)*}}} found
     * anywhere in the string. It allows no spaces, unlike tag lookup.
     */
    static boolean isParameterReference(String s) {
        int open = s.indexOf("{{");
        while (open >= 0) {
            int i = open + 2;
            int segment = 0;
            boolean first = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (isAlnum(c) || c == '-' || (c == '_' && !first)) {
                    segment++;
                    i++;
                } else if (c == '.' && segment > 0) {
                    first = false;
                    segment = 0;
                    i++;
                } else {
                    break;
                }
            }
            if (segment > 0 && s.startsWith("}}", i)) {
                return true;
            }
            open = s.indexOf("{{", open + 2);
        }
        return false;
    }
}
