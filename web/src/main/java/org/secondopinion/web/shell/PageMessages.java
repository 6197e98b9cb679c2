package org.secondopinion.web.shell;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ResourceBundle;

/**
 * Puts a message from the {@code msg} bundle at the top of the page. The detail is left empty on purpose:
 * a message without one would otherwise show its summary twice.
 */
@Dependent
public class PageMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FacesContext faces;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A plain text that is already worded for the reader, such as a rule the server refused. */
    public void errorText(String text) {
        context().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
    }

    /** Keeps the messages across the redirect that follows a successful action. */
    public void keepForRedirect() {
        context().getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... arguments) {
        FacesContext context = context();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : pattern.formatted(arguments);
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        context().addMessage(null, new FacesMessage(severity, text(key, arguments), ""));
    }

    private FacesContext context() {
        return faces != null ? faces : FacesContext.getCurrentInstance();
    }
}
