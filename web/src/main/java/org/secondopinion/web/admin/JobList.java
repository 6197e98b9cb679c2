package org.secondopinion.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.secondopinion.platform.boundary.JobLeases;
import org.secondopinion.platform.entity.JobLease;

/**
 * {@code admin/jobs.xhtml}: the scheduled jobs as the cluster runs them, once per tick on one node: which node ran
 * each one last, for which scheduled time, and how many runs the cluster took. Read again on every request.
 */
@Named
@RequestScoped
public class JobList {

    @Inject
    JobLeases leases;

    private List<JobLease> jobs;

    public List<JobLease> getJobs() {
        if (jobs == null) {
            jobs = leases.all();
        }
        return jobs;
    }

    /** The node that answers this page ({@code pid@host}), to tell it apart in the list. */
    public String getThisNode() {
        return JobLeases.NODE;
    }
}
