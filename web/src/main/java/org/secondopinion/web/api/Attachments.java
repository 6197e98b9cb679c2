package org.secondopinion.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.secondopinion.platform.control.Download;

/** How stored files leave over the API: always as an attachment, never sniffed, sandboxed, with their hash. */
final class Attachments {

    private Attachments() {
    }

    static Response of(Download download) {
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, download.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Digest", "sha-256=" + download.sha256())
                .header("Content-Length", download.size())
                .build();
    }
}
