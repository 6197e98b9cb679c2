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
import org.secondopinion.referral.boundary.Referrals;
import org.secondopinion.referral.control.WorkItem;

/**
 * The home page of each area ({@code coordinator/index.xhtml} and its siblings): who is
 * signed in, with which roles, since when, and their own latest recorded actions; for a specialist, instead of
 * those, the work waiting on them.
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

    @Inject
    Referrals referrals;

    private UserAccount account;
    private List<WorkItem> myWork = List.of();
    private List<AuditEntry> recentActivity;

    @PostConstruct
    void load() {
        account = myAccount.current();
        recentActivity = audit.myRecentActivity(RECENT);
    }

    /** f:viewAction of the specialist's home page: what waits on them, due first. */
    public void loadMyWork() {
        myWork = referrals.myWork();
    }

    public List<WorkItem> getMyWork() {
        return myWork;
    }

    public UserAccount getAccount() {
        return account;
    }

    public List<AuditEntry> getRecentActivity() {
        return recentActivity;
    }
}
