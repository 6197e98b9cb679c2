package org.secondopinion.legal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.audit.boundary.AuditLog;
import org.secondopinion.audit.entity.AuditAction;
import org.secondopinion.audit.entity.AuditOutcome;
import org.secondopinion.legal.entity.BatesCounter;
import org.secondopinion.legal.entity.Defendant;
import org.secondopinion.legal.entity.DefendantKind;
import org.secondopinion.legal.entity.LegalCase;
import org.secondopinion.legal.entity.LegalFirm;
import org.secondopinion.legal.entity.RequestingSide;
import org.secondopinion.platform.boundary.JobLeases;

/**
 * With {@code secondopinion.demo.seed=true} and no firms yet: two firms behind their walls (the demo "legal"
 * login at Harper &amp; Vance LLP, "legal.other" at Whitfield Defense Group) and one case of the first.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class DemoLegal {

    private static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "secondopinion.demo.seed", defaultValue = "false")
    boolean seedDemoData;

    @PostConstruct
    void seed() {
        if (!seedDemoData) {
            return;
        }
        leases.alone(JobLeases.FIRST_START);
        if (em.createQuery("SELECT COUNT(f) FROM LegalFirm f", Long.class).getSingleResult() > 0) {
            return;
        }
        LegalFirm harper = new LegalFirm("Harper & Vance LLP");
        harper.admit("legal");
        LegalFirm whitfield = new LegalFirm("Whitfield Defense Group");
        whitfield.admit("legal.other");
        em.persist(harper);
        em.persist(whitfield);

        LegalCase demo = new LegalCase(harper, RequestingSide.PLAINTIFF, "Ruth Harper, Esq.", "HV-2026-0142", "HV",
                SYSTEM, Instant.now(clock));
        demo.claimant("Marek Novak", LocalDate.of(1969, 11, 3), null);
        demo.forum("PA", false, null);
        LocalDate incident = LocalDate.now(clock).minusMonths(14);
        demo.dates(incident, incident.plusMonths(2), incident, null, null);
        demo.summarise("Delayed diagnosis of a post-operative infection after a total knee replacement.");
        demo.add(new Defendant(DefendantKind.PROVIDER, "Dr. Maria Jensen", null, "Orthopaedic surgery", null, null,
                "Lakeside General Hospital"));
        demo.add(new Defendant(DefendantKind.FACILITY, "Lakeside General Hospital", "1427051135", null, null, null,
                "Lakeside General Hospital"));
        em.persist(demo);
        em.persist(new BatesCounter("HV"));
        em.flush();
        audit.recordAs(SYSTEM, AuditAction.CREATE, CaseWall.RECORD_TYPE, demo.getId(), AuditOutcome.SUCCESS,
                "demo legal data: Harper & Vance LLP (legal), Whitfield Defense Group (legal.other), "
                        + demo.reference());
    }
}
