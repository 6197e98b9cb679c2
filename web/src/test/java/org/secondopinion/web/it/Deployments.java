package org.secondopinion.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every in-container test deploys: the real packaged WAR (pages, REST,
 * EJB jar, migrations) plus the test's own classes. One archive, so what is tested is
 * what ships.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application(Class<?>... testClasses) {
        File war = new File(System.getProperty("it.war", "target/second-opinion.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(testClasses);
        archive.addClasses(Deployments.class, RunAsAdmin.class, RunAsCoordinator.class, RunAsSpecialist.class);
        // the tests' own fixtures, for test classes that run in the container too
        archive.addClasses(ApiClient.class, PdfFiles.class, JsonBody.class, EstimateBody.class, ReferralBody.class,
                LegalCaseBody.class);
        archive.addAsWebInfResource("glassfish-web-it.xml", "glassfish-web.xml");
        archive.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return archive;
    }

    /** The jar a library class was loaded from, to ship it with the test deployment. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
