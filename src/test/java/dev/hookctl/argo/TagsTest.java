package dev.hookctl.argo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void aStringWithoutBracesHasNoTags() {
        assertThat(Tags.parse("echo hello: # world")).isEmpty();
    }

    @Test
    void simpleTagsAreTrimmedAsArgoTrimsThem() {
        List<Tag> tags = Tags.parse("a {{ inputs.parameters.x\t}} b {{workflow.name}}");
        assertThat(tags).hasSize(2);
        Tag.Simple first = (Tag.Simple) tags.get(0);
        assertThat(first.name()).isEqualTo("inputs.parameters.x");
        assertThat(first.isSpaced()).isTrue();
        assertThat(first.start()).isEqualTo(2);
        assertThat(first.nameStart()).isEqualTo(5);
        assertThat(first.end()).isEqualTo(27);
        assertThat(((Tag.Simple) tags.get(1)).isSpaced()).isFalse();
    }

    @Test
    void adjacentTagsAndATagAtTheVeryEndAreEachFound() {
        List<Tag> tags = Tags.parse("{{a}}{{b}}");
        assertThat(tags).extracting(Tag::raw, Tag::start, Tag::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 0, 5),
                        org.assertj.core.groups.Tuple.tuple("b", 5, 10));
        assertThat(Tags.parse("x {{a}}")).extracting(Tag::end).containsExactly(7);
    }

    @Test
    void anUnterminatedFirstTagIsTheOnlyOne() {
        assertThat(Tags.parse("{{")).singleElement().isInstanceOf(Tag.Unterminated.class)
                .extracting(Tag::raw, Tag::start, Tag::end).containsExactly("", 0, 2);
        assertThat(Tags.parse("a {{b }} c")).singleElement().extracting(Tag::end).isEqualTo(8);
    }

    @Test
    void theListOfTagsCannotBeChanged() {
        List<Tag> one = Tags.parse("{{a}}");
        List<Tag> two = Tags.parse("{{a}} {{b}}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> one.add(one.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> two.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void goWhiteSpaceIncludesNoBreakSpaceButNotZeroWidthSpace() {
        assertThat(Tags.trim("\u00a0x\u3000")).isEqualTo("x");
        assertThat(Tags.trim("\u200bx")).isEqualTo("\u200bx");
    }

    @Test
    void anExpressionNeedsTheEqualsSignRightAfterTheBraces() {
        assertThat(Tags.parse("{{= inputs.parameters.x }}").get(0)).isInstanceOf(Tag.Expression.class);
        Tag spaced = Tags.parse("{{ =x}}").get(0);
        assertThat(spaced).isInstanceOf(Tag.Simple.class);
        assertThat(((Tag.Simple) spaced).name()).isEqualTo("=x");
    }

    @Test
    void theTagEndsAtTheFirstClosingBraces() {
        Tag t = Tags.parse("{{={a: {b: 1}}}}").get(0);
        assertThat(t.raw()).isEqualTo("={a: {b: 1");
        assertThat(t.end()).isEqualTo(14);
    }

    @Test
    void nestedTagsKeepTheOuterOpeningInTheRawText() {
        Tag t = Tags.parse("{{steps.{{inputs.parameters.x}}.outputs.result}}").get(0);
        assertThat(t.raw()).isEqualTo("steps.{{inputs.parameters.x");
    }

    @Test
    void anUnterminatedTagEndsTheList() {
        List<Tag> tags = Tags.parse("{{a}} then {{b and no end");
        assertThat(tags).hasSize(2);
        assertThat(tags.get(1)).isInstanceOf(Tag.Unterminated.class);
        assertThat(tags.get(1).start()).isEqualTo(11);
        assertThat(tags.get(1).end()).isEqualTo(25);
    }

    @Test
    void balancedExpressionsHaveNoSyntaxProblem() {
        Tag.Expression e = (Tag.Expression) Tags.parse(
                "{{=sprig.trim(inputs.parameters['my-x']) + \"}\" + '\\'' ?? `raw`}}").get(0);
        assertThat(e.syntaxProblem()).isEmpty();
    }

    @Test
    void anUnclosedParenthesisIsReportedWhereItOpens() {
        Tag.Expression e = (Tag.Expression) Tags.parse("x {{=asInt(inputs.parameters.n}}").get(0);
        assertThat(e.syntaxProblem()).hasValueSatisfying(p -> {
            assertThat(p.index()).isEqualTo(10);
            assertThat(p.message()).contains("'('");
        });
    }

    @Test
    void anUnclosedQuoteAndAStrayBracketAreReported() {
        assertThat(((Tag.Expression) Tags.parse("{{='abc}}").get(0)).syntaxProblem()).isPresent();
        assertThat(((Tag.Expression) Tags.parse("{{=a)}}").get(0)).syntaxProblem())
                .hasValueSatisfying(p -> assertThat(p.index()).isEqualTo(4));
        assertThat(((Tag.Expression) Tags.parse("{{= }}").get(0)).syntaxProblem()).isPresent();
    }
}
