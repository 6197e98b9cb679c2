package org.secondopinion.identity.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The user names and passwords verified in the last few minutes, so that a script calling the API with HTTP Basic
 * pays for one PBKDF2 verification per credential every {@code timeToLive}, not one per request.
 *
 * <p>An entry is keyed by an HMAC-SHA256 of the user name and password under a random key made when the process
 * starts: the password itself is never kept, and a copy of the memory holds no hash that can be tried offline
 * without that key. A wrong password never matches an entry. At most {@code capacity} entries are kept, the least
 * recently used dropped first. {@link #forget} drops a user's entries (password changed, locked out, deactivated,
 * roles changed), and a verification that began before the last {@code forget} is not remembered ({@link #ticket}),
 * so a password changed while a request was checking the old one cannot be cached afterwards.
 *
 * <p>Per process: on a cluster each node keeps its own; a change made on another node reaches this one through
 * the announcements of {@code CacheInvalidations} within about a second, and at the latest when the entry's time to
 * live ends.
 */
public final class VerifiedCredentials {

    /** What a verified credential stands for: the user name and whatever the caller keeps with it. */
    private record Entry<T>(String username, T signedIn, Instant verifiedAt) {
    }

    private final Clock clock;
    private final Duration timeToLive;
    private final int capacity;
    private final byte[] key = new byte[32];
    private final Map<String, Entry<Object>> entries;
    private long forgets;

    public VerifiedCredentials(Clock clock, Duration timeToLive, int capacity) {
        if (timeToLive.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("The time to live and the capacity cannot be negative.");
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        new SecureRandom().nextBytes(key);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<Object>> eldest) {
                return size() > VerifiedCredentials.this.capacity;
            }
        };
    }

    /** Whether anything is kept at all (a time to live of zero or no capacity turns the cache off). */
    public boolean enabled() {
        return capacity > 0 && !timeToLive.isZero();
    }

    /** What was remembered for exactly this user name and password, if verified within the time to live. */
    public synchronized <T> Optional<T> find(String username, char[] password, Class<T> type) {
        if (!enabled() || username == null || password == null || password.length == 0) {
            return Optional.empty();
        }
        String id = keyOf(username, password);
        Entry<Object> entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.verifiedAt().plus(timeToLive))) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.signedIn()));
    }

    /** Taken before a verification starts; {@link #remember} keeps its result only if nothing was forgotten since. */
    public synchronized long ticket() {
        return forgets;
    }

    /** Keeps a credential just verified; ignored when a {@link #forget} happened after {@code ticket} was taken. */
    public synchronized void remember(String username, char[] password, Object signedIn, long ticket) {
        if (!enabled() || ticket != forgets || password == null || password.length == 0) {
            return;
        }
        entries.put(keyOf(username, password), new Entry<>(username, signedIn, clock.instant()));
    }

    /** Drops every credential of this user name. */
    public synchronized void forget(String username) {
        forgets++;
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    /** How many credentials are kept now. */
    public synchronized int size() {
        return entries.size();
    }

    private String keyOf(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] secret = new byte[encoded.remaining()];
            encoded.get(secret);
            try {
                return Base64.getEncoder().encodeToString(mac.doFinal(secret));
            } finally {
                Arrays.fill(secret, (byte) 0);
                if (encoded.hasArray()) {
                    Arrays.fill(encoded.array(), (byte) 0);
                }
            }
        } catch (GeneralSecurityException noHmac) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", noHmac);
        }
    }
}
