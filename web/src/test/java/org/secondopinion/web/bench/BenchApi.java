package org.secondopinion.web.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What the API benchmarks send: a referral body, HTTP Basic credentials, a client-credentials token. */
final class BenchApi {

    /** The demo logins' password and the demo API client's secret. */
    static final String PASSWORD = "SecondOpinion-demo";
    static final String CLIENT = "ehr-demo";

    private BenchApi() {
    }

    /** A valid routine request (the body of the ITs' ReferralBody), for a patient nobody has sent before. */
    static String referral(String patientName, String mrn) {
        return Json.createObjectBuilder()
                .add("patientName", patientName)
                .add("patientBirthDate", "1970-01-01")
                .add("patientMrn", mrn)
                .add("firstPhysicianName", "Dr. Elsewhere")
                .add("diagnosisCode", "M17.11")
                .add("diagnosisText", "Osteoarthritis, right knee")
                .add("treatmentKind", "SURGERY")
                .add("treatmentText", "Knee replacement")
                .add("requestedSpecialty", "Orthopaedic surgery")
                .add("reason", "Unsure")
                .add("urgency", "ROUTINE")
                .add("consent", true)
                .add("standardQuestions", Json.createArrayBuilder().add("ALTERNATIVES"))
                .build().toString();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A client-credentials token of the demo client (HTTP Basic client id and secret). */
    static String token(URI tokenEndpoint, String client, String secret) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Authorization", basic(client, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token: HTTP " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }
}
