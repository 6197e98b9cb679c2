package org.secondopinion.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code index.xhtml}: sends the signed-in user to the home page of their first area. */
@Named
@RequestScoped
public class Start {

    @Inject
    Navigation navigation;

    public String redirect() {
        return navigation.getStartPage() + "?faces-redirect=true";
    }
}
