package org.secondopinion.platform.control;

import java.io.InputStream;

/** A file on its way out: its name, type and size, and the content (already checked against its hash). */
public record Download(String fileName, String contentType, long size, String sha256, InputStream content) {
}
