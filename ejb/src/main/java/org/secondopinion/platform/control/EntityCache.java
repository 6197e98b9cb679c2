package org.secondopinion.platform.control;

import java.util.Locale;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Whether EclipseLink keeps a shared (second-level) cache of entities, chosen by the system property
 * {@value #PROPERTY}: {@code off} (the default) or {@code shared}.
 *
 * <p>The shared cache is per node. With two nodes, a read on one node after a write on the other was served from
 * the stale copy (10 of 20 reads, measured), and a write through that node was refused as a concurrent edit. With
 * the cache {@code off} every transaction reads the rows as committed, on any node, and {@code @Version} still
 * refuses a truly stale edit. {@code shared} keeps the per-node cache; on a cluster it must be coordinated
 * (Payara's Hazelcast transport for EclipseLink, {@code -Declipselink.cache.coordination.protocol=...}), which
 * sends changes after the commit, so a read on another node right after a write may still see the old copy.
 */
public class EntityCache implements SessionCustomizer {

    public static final String PROPERTY = "secondopinion.entity-cache";

    /** The cache modes. */
    public enum Mode {
        OFF, SHARED;

        static Mode of(String value) {
            if (value == null || value.isBlank()) {
                return OFF;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                        PROPERTY + " must be off or shared, not '" + value + "'", unknown);
            }
        }
    }

    private final Mode mode;

    public EntityCache() {
        this(Mode.of(System.getProperty(PROPERTY)));
    }

    public EntityCache(Mode mode) {
        this.mode = mode;
    }

    @Override
    public void customize(Session session) {
        if (mode == Mode.OFF) {
            for (ClassDescriptor descriptor : session.getDescriptors().values()) {
                descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
            }
        }
    }
}
