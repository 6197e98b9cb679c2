package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PersistenceUtil;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTraversalTest {

    @Entity
    static class Case {
        @Id
        long id;
        @NotBlank
        String lazyNotes;
    }

    @MappedSuperclass
    abstract static class Tracked {
        @Id
        long id;
    }

    @Entity
    static class TrackedCase extends Tracked {
    }

    static class Form {
        @NotBlank
        String name;
    }

    /** A JPA that answers "not loaded" and remembers what it was asked. */
    static final class NothingLoaded implements PersistenceUtil {
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean isLoaded(Object entity, String attributeName) {
            asked.add(entity.getClass().getSimpleName() + "." + attributeName);
            return false;
        }

        @Override
        public boolean isLoaded(Object entity) {
            return false;
        }
    }

    private final NothingLoaded jpa = new NothingLoaded();
    private final EntityTraversal traversal = new EntityTraversal(() -> jpa);

    @Test
    void readsEveryPropertyOfAFormWithoutAskingJpa() {
        assertThat(traversal.isReachable(new Form(), node("name"), Form.class, null, ElementType.FIELD)).isTrue();
        assertThat(jpa.asked).isEmpty();
    }

    @Test
    void readsOnlyWhatJpaLoadedOfAnEntity() {
        assertThat(traversal.isReachable(new Case(), node("lazyNotes"), Case.class, null, ElementType.FIELD))
                .isFalse();
        assertThat(traversal.isReachable(new TrackedCase(), node("id"), TrackedCase.class, null, ElementType.FIELD))
                .isFalse();
        assertThat(jpa.asked).containsExactly("Case.lazyNotes", "TrackedCase.id");
    }

    @Test
    void entitiesAreKnownByTheirMappingAnnotations() {
        assertThat(EntityTraversal.persistent(Case.class)).isTrue();
        assertThat(EntityTraversal.persistent(TrackedCase.class)).isTrue();
        assertThat(EntityTraversal.persistent(Form.class)).isFalse();
        assertThat(EntityTraversal.persistent(String.class)).isFalse();
    }

    @Test
    void aMissingObjectIsReachableAndEverythingCascades() {
        assertThat(traversal.isReachable(null, node("name"), Form.class, null, ElementType.FIELD)).isTrue();
        assertThat(traversal.isCascadable(new Case(), node("lazyNotes"), Case.class, null, ElementType.FIELD))
                .isTrue();
        assertThat(jpa.asked).isEmpty();
    }

    @Test
    void isTheResolverTheApplicationConfigures() {
        assertThat(Validation.byDefaultProvider().configure().getBootstrapConfiguration()
                .getTraversableResolverClassName()).isEqualTo(EntityTraversal.class.getName());
    }

    private static Path.Node node(String name) {
        return new Path.Node() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isInIterable() {
                return false;
            }

            @Override
            public Integer getIndex() {
                return null;
            }

            @Override
            public Object getKey() {
                return null;
            }

            @Override
            public jakarta.validation.ElementKind getKind() {
                return jakarta.validation.ElementKind.PROPERTY;
            }

            @Override
            public <T extends Path.Node> T as(Class<T> nodeType) {
                return nodeType.cast(this);
            }
        };
    }
}
