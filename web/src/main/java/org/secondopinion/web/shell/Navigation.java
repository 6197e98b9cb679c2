package org.secondopinion.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;

/** The areas the signed-in user may enter, for the menu and for the start page. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    SecurityContext security;

    private List<Area> areas;

    public List<Area> getAreas() {
        if (areas == null) {
            areas = Arrays.stream(Area.values()).filter(area -> security.isCallerInRole(area.role().name())).toList();
        }
        return areas;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? security.getCallerPrincipal().getName() : null;
    }

    /** The first area's home page, where a user lands after signing in. */
    public String getStartPage() {
        return getAreas().isEmpty() ? "/account.xhtml" : getAreas().get(0).home();
    }
}
