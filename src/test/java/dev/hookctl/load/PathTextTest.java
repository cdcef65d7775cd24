package dev.hookctl.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/home/me/flows/a.yaml, true",
        "//server/share/a.yaml, true",
        "C:/repo/flows/a.yaml, true",
        "d:/a.yaml, true",
        "flows/a.yaml, false",
        "a.yaml, false",
        "C:a.yaml, false",
        "<stdin>, false",
        "1:/a.yaml, false",
        "'', false",
    })
    void anAbsoluteShownPathStartsWithASlashOrADrive(String shown, boolean absolute) {
        assertThat(PathText.isAbsolute(shown)).isEqualTo(absolute);
    }
}
