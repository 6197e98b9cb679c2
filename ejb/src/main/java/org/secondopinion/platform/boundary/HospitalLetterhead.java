package org.secondopinion.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.secondopinion.platform.control.Letterhead;

/**
 * The hospital's letterhead on every PDF it issues (opinion reports, estimates, Good Faith Estimates, reviewers'
 * opinions): {@code secondopinion.letterhead.name} and {@code secondopinion.letterhead.address}; the defaults are
 * the demo hospital's.
 */
@ApplicationScoped
public class HospitalLetterhead {

    @Inject
    @ConfigProperty(name = "secondopinion.letterhead.name", defaultValue = "Lakeside General Hospital")
    String name;

    @Inject
    @ConfigProperty(name = "secondopinion.letterhead.address",
            defaultValue = "1200 Lakeshore Drive, Springfield, IL 62701 \u00b7 (217) 555-0100")
    String address;

    @Produces
    public Letterhead letterhead() {
        return new Letterhead(name, address);
    }
}
