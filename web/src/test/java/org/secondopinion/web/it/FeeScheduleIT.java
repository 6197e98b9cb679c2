package org.secondopinion.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing price files as a billing user does it over the API, on H2 and PostgreSQL: the
 * CMS example becomes a fee schedule with its effective date and charges; a file with bad
 * rows keeps the good ones and lists the bad ones with their lines; a file that is no price
 * file keeps nothing; only BILLING may import or read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("persistence")
class FeeScheduleIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void importsTheCmsExampleIntoAFeeScheduleWithItsEffectiveDateAndCharges() throws Exception {
        String schedule = awaitEnd(send("example-tall.csv", file("price-files/cms-v3-example-tall.csv")));

        assertThat(schedule).contains("\"status\":\"READY\"").contains("\"chargesAccepted\":45")
                .contains("\"rejectedCount\":0").contains("\"effectiveDate\":\"").contains("\"percentDone\":100");
        String charges = get(id(schedule) + "/charges?code=99283", "billing").body();
        assertThat(charges).contains("ER level 3").contains("\"code\":\"99283\"");
    }

    @Test
    void keepsTheGoodRowsOfAMalformedFileAndListsTheBadOnesWithTheirLines() throws Exception {
        String schedule = awaitEnd(send("malformed.csv", file("price-files/malformed-v3-tall.csv")));

        assertThat(schedule).contains("\"status\":\"READY\"").doesNotContain("\"rejectedCount\":0,")
                .doesNotContain("\"chargesAccepted\":0,");
        String issues = get(id(schedule) + "/issues", "billing").body();
        assertThat(issues).contains("\"line\":").contains("\"message\":");
    }

    @Test
    void refusesAFileThatIsNoPriceFileAndKeepsNothing() throws Exception {
        String schedule = awaitEnd(send("notes.txt", "just some notes,\nnot a price file\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(schedule).contains("\"status\":\"REJECTED\"").contains("The file was refused")
                .contains("\"chargesAccepted\":0");
    }

    @Test
    void refusesImportAndReadingToACoordinator() throws Exception {
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "api/fee-schedules?name=x.csv"))
                .header("Authorization", basic("coordinator")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("a,b\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(get("", "coordinator").statusCode()).isEqualTo(403);
    }

    private String send(String name, byte[] content) throws IOException, InterruptedException {
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "api/fee-schedules?name=" + name))
                .header("Authorization", basic("billing")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).isPresent();
        return accepted.body();
    }

    /** Polls the schedule until its import has ended (or a minute has passed). */
    private String awaitEnd(String schedule) throws IOException, InterruptedException {
        String id = id(schedule);
        String current = schedule;
        for (int attempt = 0; attempt < 300 && current.contains("\"status\":\"IMPORTING\""); attempt++) {
            Thread.sleep(200);
            current = get(id, "billing").body();
        }
        return current;
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/fee-schedules" + (path.isEmpty() ? "" : "/" + path)))
                .header("Authorization", basic(username)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id(String schedule) {
        return schedule.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":SecondOpinion-demo")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = FeeScheduleIT.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
