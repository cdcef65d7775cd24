package dev.hookctl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hookctl.testing.Lint;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static Document only(String yaml) {
        return Lint.documents(yaml).get(0);
    }

    @Test
    void apiVersionAndNameAreReadFromTheRoot() {
        Document d = only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: web\n");
        assertThat(d.apiVersion()).isEqualTo("codefresh.io/v1beta1");
        assertThat(d.name()).isEqualTo("web");
    }

    @Test
    void aMissingOrNullNameIsEmptyAndANumberIsItsText() {
        assertThat(only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\n").name()).isEmpty();
        assertThat(only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: ~\n").name())
                .isEmpty();
        assertThat(only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: 123\n").name())
                .isEqualTo("123");
        assertThat(only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata: [web]\n").name())
                .isEmpty();
    }

    @Test
    void theCanonicalConstructorRefusesValuesTheRootDoesNotHold() {
        Document d = only("apiVersion: codefresh.io/v1beta1\nkind: PromotionFlow\nmetadata:\n  name: web\n");
        assertThat(new Document(d.file(), d.index(), d.kind(), d.root(), d.apiVersion(), d.name())).isEqualTo(d);
        assertThatThrownBy(() -> new Document(d.file(), d.index(), d.kind(), d.root(), d.apiVersion(), "other"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
