package org.secondopinion.web.error;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.secondopinion.platform.entity.AccessRefused;
import org.secondopinion.platform.entity.RecordLocked;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.RuleViolation;
import org.secondopinion.platform.entity.StaleEdit;
import org.secondopinion.web.requestlog.RequestIds;

/**
 * The one place where exceptions from page actions turn into what a person sees:
 * a broken business rule or a stale edit becomes a message on the same page (nothing
 * was saved), a refused access shows the 403 page (and is audited there), an expired view
 * goes to a page that says so, a database that does not answer shows the 503 page ("try again in
 * a moment"), anything else is logged with an incident id and shows the 500 page. No stack trace
 * ever reaches the browser.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable thrown = queued.next().getContext().getException();
            Throwable cause = unwrap(thrown);
            try {
                handle(faces, thrown, cause);
            } catch (IOException | RuntimeException failed) {
                LOG.log(Level.SEVERE, "Could not show the error page", failed);
            } finally {
                queued.remove();
            }
        }
        getWrapped().handle();
    }

    private void handle(FacesContext faces, Throwable thrown, Throwable cause) throws IOException {
        if (cause instanceof RuleViolation rule) {
            message(faces, rule.field() == null ? rule.getMessage() : label(faces, rule.field()) + ": " + rule.getMessage());
        } else if (cause instanceof RecordLocked) {
            message(faces, cause.getMessage());
        } else if (cause instanceof StaleEdit || cause instanceof OptimisticLockException) {
            message(faces, cause instanceof StaleEdit ? cause.getMessage()
                    : text(faces, "error.staleEdit"));
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                message(faces, label(faces, lastNode(violation.getPropertyPath().toString())) + ": "
                        + violation.getMessage());
            }
        } else if (cause instanceof PageNotFound) {
            faces.getExternalContext().getRequestMap().put("notFound", cause.getMessage());
            sendError(faces, HttpServletResponse.SC_NOT_FOUND, null);
        } else if (cause instanceof RecordNotFound) {
            sendError(faces, HttpServletResponse.SC_NOT_FOUND, cause.getMessage());
        } else if (cause instanceof EJBAccessException || cause instanceof AccessLocalException
                || cause instanceof AccessRefused) {
            // audited on its way to the 403 page (RefusalAuditFilter)
            sendError(faces, HttpServletResponse.SC_FORBIDDEN, null);
        } else if (cause instanceof ViewExpiredException expired) {
            var external = faces.getExternalContext();
            if (external.getRemoteUser() == null) {
                // the session ended with the page open (the login page too): sign in again, then back to the page
                String page = expired.getViewId() == null || expired.getViewId().startsWith("/login.")
                        ? "" : "&next=" + java.net.URLEncoder.encode(expired.getViewId(), java.nio.charset.StandardCharsets.UTF_8);
                external.redirect(external.getRequestContextPath() + "/login.xhtml?expired=true" + page);
            } else {
                external.redirect(external.getRequestContextPath() + "/expired.xhtml");
            }
            faces.responseComplete();
        } else if (DatabaseUnavailable.causedBy(thrown)) {
            LOG.warning(() -> "A page request failed while the database is unavailable (request "
                    + RequestIds.current().orElse("-") + "): " + DatabaseUnavailable.rootCause(thrown));
            faces.getExternalContext().setResponseHeader("Retry-After",
                    String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            sendError(faces, HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Page incident " + incident + " (request " + RequestIds.current().orElse("-") + ")",
                    thrown);
            faces.getExternalContext().getRequestMap().put("incident", incident);
            sendError(faces, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, incident);
        }
    }

    /** "takeIn.arg0.patientName" names the field patientName. */
    static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static void message(FacesContext faces, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
        faces.validationFailed();
        faces.renderResponse();
    }

    private static void sendError(FacesContext faces, int status, String detail) throws IOException {
        if (faces.getExternalContext().isResponseCommitted()) {
            LOG.warning(() -> "Response already committed; could not send status " + status);
            return;
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            // an ajax request cannot show an error page: send the browser there
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/error.xhtml?status=" + status);
        } else {
            faces.getExternalContext().responseSendError(status, detail);
        }
        faces.responseComplete();
    }

    private static String label(FacesContext faces, String field) {
        String key = "field." + field;
        var bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof FacesException || cause instanceof ELException
                || cause instanceof EJBException && !(cause instanceof EJBAccessException)
                && !(cause instanceof AccessLocalException))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
