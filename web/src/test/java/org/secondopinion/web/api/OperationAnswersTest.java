package org.secondopinion.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** The answers an operation can give are read off its resource method. */
class OperationAnswersTest {

    public static class Change {
        public long version;
        public String note;
    }

    public static class NewThing {
        public String name;
    }

    @Path("things")
    public static class Things {
        @GET
        public String list(@QueryParam("q") String q) {
            return q;
        }

        @GET
        @Path("{id}")
        public String get(@PathParam("id") long id) {
            return null;
        }

        @PUT
        @Path("{id}")
        public String change(@PathParam("id") long id, Change change) {
            return null;
        }

        @POST
        public String add(NewThing thing) {
            return null;
        }

        @POST
        @Path("{id}/files")
        public String upload(@PathParam("id") long id, InputStream body) {
            return null;
        }
    }

    @Test
    void aListWithTextParametersCanOnlyBeRefusedOrUnavailable() throws Exception {
        assertThat(OperationAnswers.of("GET", "/api/things", method("list"))).containsExactly("401", "403", "503");
    }

    @Test
    void aRecordByIdCanBeMissingOrNamedByAnIdThatIsNoNumber() throws Exception {
        assertThat(OperationAnswers.of("GET", "/api/things/{id}", method("get")))
                .containsExactly("400", "401", "403", "404", "503");
    }

    @Test
    void aChangeOnAVersionCanBeStaleAndRefusedByTheRules() throws Exception {
        assertThat(OperationAnswers.of("PUT", "/api/things/{id}", method("change")))
                .containsExactly("400", "401", "403", "404", "409", "422", "503");
    }

    @Test
    void aPostHasTheIdempotencyKeysAnswers() throws Exception {
        assertThat(OperationAnswers.of("POST", "/api/things", method("add")))
                .containsExactly("400", "401", "403", "409", "422", "503");
        assertThat(OperationAnswers.of("POST", "/api/things/{id}/files", method("upload")))
                .containsExactly("400", "401", "403", "404", "409", "422", "503");
    }

    @Test
    void theHealthCheckAndTheTokenEndpointAnswerOnlyWhenTheDatabaseIsAway() {
        assertThat(OperationAnswers.of("GET", "/api/health", null)).containsExactly("503");
        assertThat(OperationAnswers.of("POST", "/api/oauth/token", null)).containsExactly("503");
    }

    @Test
    void findsTheResourceMethodOfADocumentedPath() throws Exception {
        ApiRoutes routes = ApiRoutes.of(java.util.List.of(Things.class));

        assertThat(routes.method("PUT", "/api/things/{id}")).contains(method("change"));
        assertThat(routes.method("POST", "/things/{id}/files")).contains(method("upload"));
        assertThat(routes.method("DELETE", "/api/things/{id}")).isEmpty();
        assertThat(ApiRoutes.join("/api", "things/", "{id: \\d+}/files")).isEqualTo("/api/things/{id}/files");
    }

    @Test
    void findsEveryResourceOfTheApi() {
        ApiRoutes routes = ApiRoutes.scan();

        assertThat(routes.method("POST", "/api/referrals")).isPresent();
        assertThat(routes.method("GET", "/api/health")).isPresent();
        assertThat(routes.operations()).hasSizeGreaterThan(80);
    }

    private static Method method(String name) {
        for (Method method : Things.class.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError(name);
    }
}
