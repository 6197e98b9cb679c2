package org.secondopinion.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The REST API as the tests call it from outside the server: {@code api/<path>} below the deployment's address, a
 * demo login's Basic credentials, JSON bodies in, and the answers (problem details included) read back as JSON.
 * Follows no redirects and keeps no cookies, as an API client would.
 */
final class ApiClient {

    /** The password of every demo login. */
    static final String PASSWORD = "SecondOpinion-demo";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL base;

    ApiClient(URL base) {
        this.base = base;
    }

    /** A request to {@code api/<path>} with the demo login's credentials; the caller adds the method and headers. */
    HttpRequest.Builder request(String path, String username) {
        return HttpRequest.newBuilder(URI.create(base + "api/" + path)).header("Authorization", basic(username));
    }

    /** A JSON call: the body, when there is one, is sent as {@code application/json}. */
    HttpResponse<String> call(String method, String path, String json, String username)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, username);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return call("GET", path, null, username);
    }

    HttpResponse<String> post(String path, String json, String username) throws IOException, InterruptedException {
        return call("POST", path, json, username);
    }

    /** A raw upload: the bytes as the body, with their content type. */
    HttpResponse<String> upload(String path, String contentType, byte[] content, String username)
            throws IOException, InterruptedException {
        return send(request(path, username).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A download: the answer's bytes as they came. */
    HttpResponse<byte[]> download(String path, String username) throws IOException, InterruptedException {
        return HTTP.send(request(path, username).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An access token for an API client (OAuth 2.0 client credentials), with all its scopes. */
    String accessToken(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "api/oauth/token"))
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + clientId + ": " + answer.body());
        }
        return object(answer.body()).getString("access_token");
    }

    /** A call signed in with a bearer token; a body, when there is one, is sent with its content type. */
    HttpResponse<String> withToken(String method, String path, String contentType, byte[] body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String username) {
        return basic(username, PASSWORD);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object answer, problem details included. */
    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
