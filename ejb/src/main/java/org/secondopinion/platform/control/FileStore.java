package org.secondopinion.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.secondopinion.platform.entity.RuleViolation;

/**
 * Files kept on disk under a root folder, streamed in and out (never whole in memory),
 * each with the SHA-256 taken on receipt. Reading a file checks the hash again first, so a
 * changed byte is caught before anyone relies on the content. Names come from us, never from
 * the uploader, so no path can escape the root.
 */
public class FileStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;

    /** At most this much of a refused upload is read and thrown away. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    public FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Whether a file can be kept now: creates the root if need be, writes a small probe file in it, reads its size
     * back and deletes it. False on any failure (full or read-only disk, a folder gone, no permission).
     */
    public boolean writable() {
        Path probe = null;
        try {
            Files.createDirectories(root);
            probe = Files.createTempFile(root, ".writable-", ".probe");
            Files.write(probe, PROBE);
            return Files.size(probe) == PROBE.length;
        } catch (IOException | RuntimeException notWritable) {
            return false;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException leftBehind) {
                    // a probe file of a few bytes, named apart from the kept files; the next probe tries again
                }
            }
        }
    }

    private static final byte[] PROBE = "probe".getBytes(StandardCharsets.US_ASCII);

    /** A file received: where it is kept, its hash, its size and the type its content shows. */
    /**
     * The name shown and offered on download, never used on disk: no folders (so no path traversal), no control
     * characters or quotes, at most 255 characters; {@code fallback} when nothing is left.
     */
    public static String safeName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = fallback;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public record Stored(String key, String sha256, long size, FileType type) {
    }

    /**
     * Streams the content to a new file. Refuses content larger than {@code maxBytes}, empty
     * content, and content that is none of the accepted types (when types are given; the
     * type is then null for content none of them recognise), leaving nothing behind.
     */
    public Stored store(InputStream content, long maxBytes, FileType... accepted) {
        String key = UUID.randomUUID().toString();
        Path target = pathOf(key);
        Path partial = target.resolveSibling(key + ".part");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = sha256();
            byte[] head = new byte[FileType.SNIFF_BYTES];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest);
                 OutputStream out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (headLength < head.length) {
                        int copy = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    size += read;
                    if (size > maxBytes) {
                        drain(content);
                        throw new RuleViolation("file", "The file is larger than the limit of "
                                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB." : maxBytes + " bytes."));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new RuleViolation("file", "The file is empty.");
            }
            Optional<FileType> type = FileType.sniff(head, headLength);
            if (accepted.length > 0 && (type.isEmpty() || !java.util.Arrays.asList(accepted).contains(type.get()))) {
                throw new RuleViolation("file", "The file's content is not one of the accepted types "
                        + java.util.Arrays.toString(accepted) + ", whatever its name says.");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, HexFormat.of().formatHex(digest.digest()), size, type.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover part file holds nothing anyone can reach
            }
        }
    }

    /** Opens a stored file after checking that its content still has the hash taken on receipt. */
    /**
     * Reads and discards what the sender still sends of a refused upload (up to {@link #DRAIN_LIMIT}), so the
     * sender is still listening when the refusal is answered instead of seeing the connection cut.
     */
    private static void drain(InputStream content) {
        byte[] buffer = new byte[BUFFER];
        long drained = 0;
        try {
            int read;
            while (drained < DRAIN_LIMIT && (read = content.read(buffer)) != -1) {
                drained += read;
            }
        } catch (IOException gone) {
            // the sender hung up: nothing more to read
        }
    }

    /** The stored file's size in bytes. */
    public long sizeOf(String key) {
        try {
            return Files.size(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the size of " + key, e);
        }
    }

    public InputStream open(String key, String expectedSha256) {
        Path path = pathOf(key);
        String actual = hashOf(path);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new FileTampered(key, expectedSha256, actual);
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the stored file", e);
        }
    }

    public String hashOf(String key) {
        return hashOf(pathOf(key));
    }

    private static String hashOf(Path path) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored file", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where the file of a key is kept on disk. */
    public Path pathOf(String key) {
        if (!key.matches("[0-9a-f\\-]{36}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        // two levels of folders keep directories small
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A stored file no longer has the hash it had on receipt. */
    public static class FileTampered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FileTampered(String key, String expected, String actual) {
            super("Stored file " + key + " has changed since it was received (SHA-256 " + actual
                    + ", expected " + expected + "); it is withheld.");
        }
    }
}
