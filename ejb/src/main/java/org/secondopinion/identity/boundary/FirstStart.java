package org.secondopinion.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.identity.control.PasswordHashing;
import org.secondopinion.identity.control.PasswordPolicy;
import org.secondopinion.identity.entity.ApiClient;
import org.secondopinion.identity.entity.ApiScope;
import org.secondopinion.identity.entity.UserAccount;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.platform.entity.Role;

/**
 * On the first start (no user accounts yet) opens the accounts people need to get in:
 * with {@code secondopinion.demo.seed=true} the demo logins of the README, one per role
 * and one holding several, and the API client {@code ehr-demo} (secret: the same password);
 * otherwise, when {@code secondopinion.admin.initial-password}
 * is set, a single {@code admin} account. Each account is audited as created by "system".
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstStart {

    /** The password of every demo login (printed in the README; demo data only). */
    public static final String DEMO_PASSWORD = "SecondOpinion-demo";

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.demo.seed", defaultValue = "false")
    boolean seedDemoData;

    @Inject
    @ConfigProperty(name = "secondopinion.admin.initial-password")
    Optional<String> initialAdminPassword;

    @PostConstruct
    void openFirstAccounts() {
        // nodes of a cluster starting together: one opens the accounts, the others wait and find them
        leases.alone(JobLeases.FIRST_START);
        long accounts = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        if (seedDemoData) {
            // Each demo login has its own salt; the eight hashes (PBKDF2, ~0.2 s each while the JIT is cold) are
            // made on every core at once, since the first start waits for them.
            List<String> hashes = IntStream.range(0, 8).parallel()
                    .mapToObj(i -> hashing.hash(DEMO_PASSWORD.toCharArray())).toList();
            Iterator<String> hash = hashes.iterator();
            open("coordinator", "Cora Lindqvist (demo coordinator)", EnumSet.of(Role.COORDINATOR), hash.next());
            open("specialist", "Dr. Samuel Okafor (demo specialist)", EnumSet.of(Role.SPECIALIST), hash.next());
            open("billing", "Bea Marchetti (demo billing)", EnumSet.of(Role.BILLING), hash.next());
            open("legal", "Lena Hoffmann (demo legal, Harper & Vance LLP)", EnumSet.of(Role.LEGAL), hash.next());
            open("legal.other", "Oscar Brandt (demo legal, Whitfield Defense Group)", EnumSet.of(Role.LEGAL),
                    hash.next());
            open("admin", "Alex Moreau (demo administrator)", EnumSet.of(Role.ADMIN), hash.next());
            open("nurse.lead", "Nadia Rahman (demo coordinator and billing)",
                    EnumSet.of(Role.COORDINATOR, Role.BILLING), hash.next());
            openClient("ehr-demo", "Demo EHR (intake and status of referrals, on /api and /fhir)",
                    Set.of(ApiScope.REFERRAL_INTAKE.value(), ApiScope.REFERRAL_STATUS.value(),
                            ApiScope.FHIR_REFERRAL_WRITE.value(), ApiScope.FHIR_REFERRAL_READ.value()), hash.next());
            LOG.warning("Demo data seeded: demo logins with the README's password are open. "
                    + "Never enable secondopinion.demo.seed in production.");
        } else if (initialAdminPassword.isPresent()) {
            String password = initialAdminPassword.get();
            Optional<String> problem = PasswordPolicy.problemWith(password, "admin");
            if (problem.isPresent()) {
                LOG.severe("secondopinion.admin.initial-password " + problem.get() + "; no account opened.");
                return;
            }
            open("admin", "Administrator", EnumSet.of(Role.ADMIN), hashing.hash(password.toCharArray()));
            LOG.info("Opened the initial 'admin' account; change its password after the first sign-in.");
        } else {
            LOG.warning("No user accounts exist. Set secondopinion.admin.initial-password (environment "
                    + "SECONDOPINION_ADMIN_INITIAL_PASSWORD) to open the first administrator account.");
        }
    }

    private void openClient(String clientId, String displayName, Set<String> scopes, String secretHash) {
        ApiClient client = new ApiClient(clientId, displayName, scopes, secretHash, SYSTEM,
                Instant.now(clock));
        em.persist(client);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, "ApiClient", client.getId(), AuditOutcome.SUCCESS,
                "registered API client '" + clientId + "' with scopes " + client.getScopes() + " at first start");
    }

    private void open(String username, String fullName, Set<Role> roles, String passwordHash) {
        UserAccount account = new UserAccount(username, fullName, null, passwordHash, roles, Instant.now(clock));
        em.persist(account);
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, "UserAccount", account.getId(), AuditOutcome.SUCCESS,
                "opened account '" + username + "' with roles " + roles + " at first start");
    }
}
