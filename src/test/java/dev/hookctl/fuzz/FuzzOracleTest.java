package dev.hookctl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fuzz oracle tells damaged files from intact ones, so the fuzz property can fail. */
class FuzzOracleTest {
    private static boolean damaged(String s) {
        return Fuzz.damaged(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void intactYamlIsNotDamaged() {
        assertThat(damaged("a: 1\nb: [x, y]\n---\nc: &x {d: 1}\ne: *x\n")).isFalse();
    }

    @Test
    void syntaxErrorsDuplicateKeysUndefinedAliasesAndBadUtf8AreDamage() {
        assertThat(damaged("a: [1, 2\n")).isTrue();
        assertThat(damaged("a: 1\nb:\n  c: 1\n  c: 2\n")).isTrue();
        assertThat(damaged("a: *nowhere\n")).isTrue();
        assertThat(damaged("a: b\u0000\n")).isTrue();
        assertThat(Fuzz.damaged(new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'})).isTrue();
    }
}
