package org.secondopinion.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper: runs a piece of a test as the demo coordinator (role COORDINATOR; see glassfish-web-it.xml). */
@Stateless
@RunAs("COORDINATOR")
@PermitAll
public class RunAsCoordinator {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
