package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.identity.boundary.NewUserAccount;
import org.secondopinion.identity.boundary.UserAccounts;
import org.secondopinion.platform.entity.Role;

/** The EJB boundaries refuse callers without the role, whatever page or API is in front. */
@ExtendWith(ArquillianExtension.class)
class SecuredBoundaryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SecuredBoundaryIT.class);
    }

    @Inject
    UserAccounts userAccounts;

    @Inject
    AuditLog auditLog;

    @Inject
    RunAsAdmin asAdmin;

    @Test
    void refusesAnonymousCallerAtUserAdministration() {
        assertThatThrownBy(() -> userAccounts.list()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> userAccounts.create(new NewUserAccount("intruder", "Intruder", null,
                EnumSet.of(Role.ADMIN), "a-long-enough-password"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void refusesAnonymousCallerAtAuditLog() {
        assertThatThrownBy(() -> auditLog.verify()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> auditLog.myRecentActivity(5)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void admitsCallerInTheAdminRole() throws Exception {
        assertThat(asAdmin.call(() -> userAccounts.list()))
                .extracting(account -> account.getUsername())
                .contains("admin", "coordinator");
    }
}
