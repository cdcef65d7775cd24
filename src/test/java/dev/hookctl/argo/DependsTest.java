package dev.hookctl.argo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependsTest {

    @Test
    void atomsAreFoundAsArgosLintFindsThem() {
        List<String> atoms = Depends.atoms("(build-1.Succeeded || test) && !lint.failed").stream()
                .map(a -> a.task() + a.result().map(r -> "." + r).orElse("")).toList();
        // ".failed" is lower-case, so "failed" is taken for a task name, as Argo takes it
        assertThat(atoms).containsExactly("build-1.Succeeded", "test", "lint", "failed");
    }

    @Test
    void wellFormedExpressionsHaveNoSyntaxProblem() {
        assertThat(Depends.syntaxProblem("a")).isEmpty();
        assertThat(Depends.syntaxProblem("(a.Succeeded || b.Failed) && !c.Skipped")).isEmpty();
        assertThat(Depends.syntaxProblem("!!a && (((b)))")).isEmpty();
    }

    @Test
    void danglingOperatorsAdjacentTasksAndOpenParenthesesAreProblems() {
        assertThat(Depends.syntaxProblem("a &&")).hasValueSatisfying(p -> assertThat(p.message()).contains("ends"));
        assertThat(Depends.syntaxProblem("a b")).hasValueSatisfying(p -> assertThat(p.offset()).isEqualTo(2));
        assertThat(Depends.syntaxProblem("(a || b")).hasValueSatisfying(p -> assertThat(p.offset()).isZero());
        assertThat(Depends.syntaxProblem("a & b")).isPresent();
        assertThat(Depends.syntaxProblem("   ")).isPresent();
    }
}
