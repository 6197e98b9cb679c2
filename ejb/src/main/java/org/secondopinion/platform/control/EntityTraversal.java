package org.secondopinion.platform.control;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceUtil;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import java.util.function.Supplier;

/**
 * Which properties Bean Validation may read (named in {@code META-INF/validation.xml}): on an entity only what JPA
 * has loaded, as the resolver Hibernate Validator picks when JPA is present decides; on anything else (the API's
 * request bodies, the pages' forms) every property, without asking JPA.
 *
 * <p>That default resolver asks {@link PersistenceUtil#isLoaded(Object, String)} for every constrained property of
 * every object it validates, and EclipseLink answers under one monitor that all threads share. An intake form is
 * validated three times (JAX-RS, CDI method validation, the EJB), so 32 concurrent intakes spent about a fifth of
 * their time queued on that monitor. JPA's answer for an object that is not persistent is always "loaded", so
 * skipping the question for such objects changes no result.
 */
public final class EntityTraversal implements TraversableResolver {

    private static final ClassValue<Boolean> PERSISTENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(Embeddable.class)
                        || c.isAnnotationPresent(MappedSuperclass.class)) {
                    return true;
                }
            }
            return false;
        }
    };

    private final Supplier<PersistenceUtil> persistence;

    /** The resolver Bean Validation instantiates: it asks the JPA providers found at the time of each question. */
    public EntityTraversal() {
        this(Persistence::getPersistenceUtil);
    }

    EntityTraversal(Supplier<PersistenceUtil> persistence) {
        this.persistence = persistence;
    }

    static boolean persistent(Class<?> type) {
        return PERSISTENT.get(type);
    }

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null || !persistent(traversableObject.getClass())
                || persistence.get().isLoaded(traversableObject, traversableProperty.getName());
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
