package org.secondopinion.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code login.xhtml}: signs a person in and sends them where they were going. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Navigation navigation;

    @Inject
    @ConfigProperty(name = "secondopinion.session.idle-minutes", defaultValue = "15")
    int idleMinutes;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + destination());
            default -> {
                ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.getString("login.failed"), messages.getString("login.failed.detail")));
                faces.validationFailed();
            }
        }
    }

    /** Only a path inside this application is followed, never another site. */
    private String destination() {
        if (followable(next)) {
            return next;
        }
        // roles are known only after authenticate(): ask afresh
        return navigation.getStartPage();
    }

    /** A path of this application (not another host, not the login page itself). */
    static boolean followable(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains(":") && !next.startsWith("/login.xhtml");
    }

    /** What the login page says to someone whose session ended while they were away. */
    public String getSessionEndedNotice() {
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageFormat.format(messages.getString("login.sessionEnded"), Math.max(1, idleMinutes));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
