package org.secondopinion.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class EntityCacheTest {

    private static final class Row {
    }

    private static Session sessionWithOneEntity() {
        Project project = new Project(new DatabaseLogin());
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(Row.class);
        descriptor.setTableName("row");
        descriptor.addPrimaryKeyFieldName("row.id");
        project.addDescriptor(descriptor);
        return project.createDatabaseSession();
    }

    @Test
    void offByDefaultSoEveryNodeReadsWhatWasCommitted() {
        Session session = sessionWithOneEntity();
        assertThat(session.getDescriptor(Row.class).getCacheIsolation()).as("EclipseLink's default (shared)")
                .isNotEqualTo(CacheIsolationType.ISOLATED);

        new EntityCache(EntityCache.Mode.of(null)).customize(session);

        assertThat(session.getDescriptor(Row.class).getCacheIsolation()).isEqualTo(CacheIsolationType.ISOLATED);
    }

    @Test
    void sharedKeepsEclipseLinksCache() {
        Session session = sessionWithOneEntity();

        new EntityCache(EntityCache.Mode.of(" Shared ")).customize(session);

        assertThat(session.getDescriptor(Row.class).getCacheIsolation()).isNotEqualTo(CacheIsolationType.ISOLATED);
    }

    @Test
    void anUnknownModeNamesTheProperty() {
        assertThatThrownBy(() -> EntityCache.Mode.of("sometimes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secondopinion.entity-cache must be off or shared, not 'sometimes'");
    }
}
