package org.secondopinion.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR as built (EJB jar, skinny WAR, shared libraries in lib/) deploys to a full
 * Payara Server and serves its pages and its API, migrations and all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EarDeploymentIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("it.ear", "target/second-opinion.ear")));
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void servesTheLoginPage() throws Exception {
        HttpResponse<String> page = get("login.xhtml", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Second Opinion").contains("login:username");
    }

    @Test
    void answersTheApi() throws Exception {
        HttpResponse<String> health = get("api/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> anonymous = get("api/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void answersFhir() throws Exception {
        // HAPI FHIR's libraries sit in the EAR's lib/ (skinny WAR): the server must still find its structures
        HttpResponse<String> metadata = get("fhir/metadata", null);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        assertThat(metadata.body()).contains("\"resourceType\":\"CapabilityStatement\"")
                .contains("\"fhirVersion\":\"4.0.1\"");

        HttpResponse<String> anonymous = get("fhir/Task", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"resourceType\":\"OperationOutcome\"");
    }

    @Test
    void sendsAnAnonymousVisitorOfAnAreaToSignIn() throws Exception {
        HttpResponse<String> area = get("admin/index.xhtml", null);
        assertThat(area.statusCode()).isEqualTo(302);
        assertThat(area.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    }

    private HttpResponse<String> get(String path, String basicCredentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (basicCredentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
