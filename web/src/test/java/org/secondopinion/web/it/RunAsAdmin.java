package org.secondopinion.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Test helper: runs a piece of a test as a caller in the ADMIN role. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class RunAsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
