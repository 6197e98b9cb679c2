package org.secondopinion.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Automatic logoff (HIPAA 164.312(a)(2)(iii)): a session ends after
 * {@code secondopinion.session.idle-minutes} of inactivity (15 by default).
 */
@WebListener
public class SessionPolicy implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "secondopinion.session.idle-minutes", defaultValue = "15")
    int idleMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, idleMinutes) * 60);
    }
}
