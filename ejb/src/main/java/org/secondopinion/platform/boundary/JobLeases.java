package org.secondopinion.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.secondopinion.platform.entity.JobLease;
import org.secondopinion.platform.entity.Role;

/**
 * Once per cluster: every node's timer fires for each scheduled run, and only the node that moves the job's lease
 * to the run's tick goes ahead. The move is one conditional UPDATE in a transaction of its own, committed before
 * the job starts: on PostgreSQL and on H2 a second node's UPDATE waits for the first to commit, then finds the tick
 * taken and changes nothing. No lease is held while a job runs, so a node that dies mid-run blocks no one; the next
 * tick is taken by whichever node fires first.
 */
@Stateless
@PermitAll
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    /** This node's name in the lease: the JVM's {@code pid@host}, unique among the nodes of a cluster. */
    public static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    /** The first start's accounts and demo data, done {@link #alone} (V60). */
    public static final String FIRST_START = "first start";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Whether this node takes the job's run at {@code tick}; false when another node took it (or a later one). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean take(String job, Instant tick) {
        JobLeases self = session.getBusinessObject(JobLeases.class);
        if (self.moveTo(job, tick)) {
            return true;
        }
        try {
            return self.firstLease(job, tick);
        } catch (EJBException | PersistenceException anotherNodeWasFirst) {
            LOG.fine(() -> "The first lease of " + job + " was taken by another node");
            return false;
        }
    }

    /** Moves an existing lease to the tick, if no node took that tick or a later one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean moveTo(String job, Instant tick) {
        return em.createNamedQuery(JobLease.TAKE).setParameter("tick", tick).setParameter("node", NODE)
                .setParameter("now", Instant.now(clock)).setParameter("job", job).executeUpdate() == 1;
    }

    /** A job without a lease row yet (one the migrations did not seed): the first node to insert it takes the tick. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean firstLease(String job, Instant tick) {
        if (em.find(JobLease.class, job) != null) {
            return false;
        }
        em.persist(new JobLease(job, NODE, tick, Instant.now(clock)));
        em.flush();
        return true;
    }

    /**
     * Makes the caller's transaction the only one in the cluster doing {@code work} until it commits or rolls back:
     * locks the work's row ({@code SELECT ... FOR UPDATE}), so a node doing the same work at the same moment waits
     * here and then finds it done. A node that dies mid-way releases the lock with its connection. For work that
     * checks whether it is needed and then writes, such as {@link #FIRST_START}. The row then names this node and
     * counts one run more.
     *
     * @throws IllegalStateException when the migrations seeded no row for {@code work}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void alone(String work) {
        JobLease lease = em.find(JobLease.class, work, LockModeType.PESSIMISTIC_WRITE);
        if (lease == null) {
            throw new IllegalStateException("No lease row for '" + work + "': the migrations seed one per work");
        }
        lease.heldBy(NODE, Instant.now(clock));
    }

    /** Every job's lease: who ran it last, for which tick, and how often it ran cluster-wide. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobLease> all() {
        return em.createNamedQuery(JobLease.ALL, JobLease.class).getResultList();
    }
}
