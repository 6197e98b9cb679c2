package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.secondopinion.referral.boundary.IntakeForm;

class RestMetricsTest {

    @Path("/things/")
    public static class Things {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{id: \\d+}/parts")
        public String parts() {
            return "";
        }

        @POST
        @Path("/{id}")
        public String change() {
            return "";
        }

        @Path("{id}/sub")
        public Object locator() {
            return null;
        }
    }

    /** A container's subclass of the resource (a CDI proxy) has no {@code @Path} of its own. */
    public static class ThingsProxy extends Things {
    }

    @Test
    void namesAnOperationByMethodAndPathTemplateNeverTheRawPath() throws Exception {
        assertThat(RestMetrics.operation(Things.class, Things.class.getMethod("list"))).isEqualTo("GET /api/things");
        assertThat(RestMetrics.operation(Things.class, Things.class.getMethod("parts")))
                .isEqualTo("GET /api/things/{id}/parts");
        assertThat(RestMetrics.operation(ThingsProxy.class, Things.class.getMethod("change")))
                .isEqualTo("POST /api/things/{id}");
    }

    @Test
    void aSubResourceLocatorIsNoOperation() throws Exception {
        assertThat(RestMetrics.operation(Things.class, Things.class.getMethod("locator"))).isNull();
    }

    @Test
    void namesTheRealResources() throws Exception {
        assertThat(RestMetrics.operation(ReferralsResource.class,
                ReferralsResource.class.getMethod("takeIn", IntakeForm.class)))
                .isEqualTo("POST /api/referrals");
        assertThat(RestMetrics.operation(HealthResource.class, HealthResource.class.getMethod("health")))
                .isEqualTo("GET /api/health");
    }
}
