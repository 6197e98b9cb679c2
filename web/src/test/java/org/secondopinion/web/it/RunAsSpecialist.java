package org.secondopinion.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper: runs a piece of a test as the demo specialist (role SPECIALIST; see glassfish-web-it.xml). */
@Stateless
@RunAs("SPECIALIST")
@PermitAll
public class RunAsSpecialist {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
