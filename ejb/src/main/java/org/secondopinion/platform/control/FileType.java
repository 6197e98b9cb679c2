package org.secondopinion.platform.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The file types record uploads accept, recognised from their first bytes, never from the name. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    TIFF("image/tiff", "tif"),
    DICOM("application/dicom", "dcm");

    static final int SNIFF_BYTES = 132;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileType> sniff(byte[] head, int length) {
        if (startsWith(head, length, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, length, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, new byte[] {'I', 'I', 42, 0}) || startsWith(head, length, new byte[] {'M', 'M', 0, 42})) {
            return Optional.of(TIFF);
        }
        if (length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M') {
            return Optional.of(DICOM);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
