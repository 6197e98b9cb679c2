package org.secondopinion.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.platform.entity.JobLease;
import org.secondopinion.platform.entity.Role;

/**
 * The scheduled jobs as the cluster runs them, for administrators and their monitoring: a job whose last run is
 * older than its schedule allows has stopped in the whole cluster. The same list as {@code admin/jobs.xhtml}.
 */
@Path("scheduled-jobs")
@RequestScoped
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduledJobsResource {

    @Inject
    JobLeases leases;

    /**
     * One job: the node that ran it last ({@code pid@host}, null before its first run), the scheduled time of that
     * run (null for work done at start, not on a schedule), when the node took it, and the runs taken cluster-wide.
     */
    public record JobView(String job, String lastRunBy, Instant lastScheduledTime, Instant lastRunAt, long runs) {
        static JobView of(JobLease lease) {
            return new JobView(lease.getJob(), lease.getHolder(), lease.getLastTick(), lease.getTakenAt(),
                    lease.getRuns());
        }
    }

    /** The answering node ({@code pid@host}) and every job, by name. */
    public record JobsView(String answeredBy, List<JobView> jobs) {
    }

    @GET
    public JobsView jobs() {
        return new JobsView(JobLeases.NODE, leases.all().stream().map(JobView::of).toList());
    }
}
