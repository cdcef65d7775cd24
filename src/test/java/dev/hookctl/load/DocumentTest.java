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
        assertThat(new Document(d.file(), d.index(), d.kind(), d.root(), d.apiVersion(), d.name(), false))
                .isEqualTo(d);
        assertThatThrownBy(() -> new Document(d.file(), d.index(), d.kind(), d.root(), d.apiVersion(), "other", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Document(d.file(), d.index(), d.kind(), d.root(), d.apiVersion(), d.name(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePromotionOriginIsTheAnnotationWithExactlyThatValue() {
        String head = "apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: hook\n";
        assertThat(only(head + "  annotations:\n    codefresh.io/workflow-origin: promotion\n").promotionOrigin())
                .isTrue();
        assertThat(only(head + "  annotations:\n    codefresh.io/workflow-origin: Promotion\n").promotionOrigin())
                .isFalse();
        assertThat(only(head + "  annotations:\n    other: promotion\n").promotionOrigin()).isFalse();
        assertThat(only(head + "  annotations: [promotion]\n").promotionOrigin()).isFalse();
        assertThat(only(head).promotionOrigin()).isFalse();
    }
}
