package dev.hookctl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule ids are kebab-case, checked without a regular expression; the answers must be the pattern's. */
class RuleInfoTest {
    @Test
    void kebabCaseIsWhatThePatternSays() {
        for (String id : List.of("a", "hook-on-trigger-env", "argo-dag", "x1-2y", "0", "", "-a", "a-", "a--b",
                "A", "a_b", "a b", "é", "a-B", "a.b", "--", "-")) {
            assertThat(RuleInfo.isKebabCase(id)).as("\"%s\"", id).isEqualTo(id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        }
    }
}
