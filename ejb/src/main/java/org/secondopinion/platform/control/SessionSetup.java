package org.secondopinion.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's session customizer (persistence.xml names this class; EclipseLink takes only one): queries
 * that fail fast ({@link FailFastQueries}) and the entity cache mode ({@link EntityCache}).
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new FailFastQueries().customize(session);
        new EntityCache().customize(session);
    }
}
