package org.secondopinion.estimate.entity;

import java.lang.reflect.Field;

/** Gives an entity the id JPA would give it on persist (the field is private and has no setter, on purpose). */
final class Ids {

    private Ids() {
    }

    static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No id field on " + entity.getClass().getSimpleName(), e);
        }
    }
}
