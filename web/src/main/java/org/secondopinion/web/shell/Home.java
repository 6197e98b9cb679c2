package org.secondopinion.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditEntry;
import org.secondopinion.identity.boundary.MyAccount;
import org.secondopinion.identity.entity.UserAccount;

/**
 * The home page of each area ({@code coordinator/index.xhtml} and its siblings): who is
 * signed in, with which roles, since when, and their own latest recorded actions.
 */
@Named
@ViewScoped
public class Home implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 10;

    @Inject
    MyAccount myAccount;

    @Inject
    AuditLog audit;

    private UserAccount account;
    private List<AuditEntry> recentActivity;

    @PostConstruct
    void load() {
        account = myAccount.current();
        recentActivity = audit.myRecentActivity(RECENT);
    }

    public UserAccount getAccount() {
        return account;
    }

    public List<AuditEntry> getRecentActivity() {
        return recentActivity;
    }
}
