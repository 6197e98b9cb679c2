package org.secondopinion.legal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.platform.control.PlainText;
import org.secondopinion.platform.entity.RecordNotFound;
import org.secondopinion.platform.entity.Role;
import org.secondopinion.platform.entity.RuleViolation;

/** The firms behind the walls and who belongs to each (ADMIN): a LEGAL user belongs to one firm at most. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class LegalFirms {

    static final String RECORD_TYPE = "LegalFirm";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<LegalFirm> list() {
        return em.createNamedQuery(LegalFirm.FIND_ALL, LegalFirm.class).getResultList();
    }

    public LegalFirm add(@Size(max = 200, message = "Firm name is at most 200 characters.") @PlainText("Firm name") String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("name", "A firm's name is 1 to 200 characters.");
        }
        String clean = name.strip();
        if (list().stream().anyMatch(f -> f.getName().equalsIgnoreCase(clean))) {
            throw new RuleViolation("name", "There is already a firm named " + clean + ".");
        }
        LegalFirm firm = new LegalFirm(clean);
        em.persist(firm);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, firm.getId(), "added firm " + clean);
        return firm;
    }

    public LegalFirm admit(long firmId, String username) {
        LegalFirm firm = firm(firmId);
        List<UserAccount> accounts = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name",
                UserAccount.class).setParameter("name", username).getResultList();
        if (accounts.isEmpty() || !accounts.get(0).getRoles().contains(Role.LEGAL)) {
            throw new RuleViolation("username", "There is no LEGAL user " + username + ".");
        }
        for (LegalFirm other : list()) {
            if (other.hasMember(username) && !other.getId().equals(firmId)) {
                throw new RuleViolation("username", username + " belongs to " + other.getName()
                        + "; remove them there first.");
            }
        }
        firm.admit(username);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, firmId, username + " joins " + firm.getName());
        return firm;
    }

    public LegalFirm remove(long firmId, String username) {
        LegalFirm firm = firm(firmId);
        firm.remove(username);
        audit.record(AuditAction.UPDATE, RECORD_TYPE, firmId, username + " leaves " + firm.getName());
        return firm;
    }

    private LegalFirm firm(long id) {
        LegalFirm firm = em.find(LegalFirm.class, id);
        if (firm == null) {
            throw new RecordNotFound("Firm", id);
        }
        return firm;
    }
}
