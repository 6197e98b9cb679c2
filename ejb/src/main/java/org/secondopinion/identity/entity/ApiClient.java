package org.secondopinion.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Another system that calls the API with OAuth 2.0 client credentials: its client id, the
 * scopes it may ask for, and a PBKDF2 hash of its secret (the secret itself is shown once,
 * when it is made, and kept nowhere). A disabled client gets no token and its tokens stop
 * working.
 */
@Entity
// read fresh from the database: a client disabled on one node must not stay active in another's cache
@Cacheable(false)
@Table(name = "api_client")
@NamedQuery(name = ApiClient.FIND_BY_CLIENT_ID,
        query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
@NamedQuery(name = ApiClient.FIND_ALL,
        query = "SELECT c FROM ApiClient c ORDER BY c.clientId")
public class ApiClient implements Serializable {

    // kept by page beans, which a cluster copies to its other members with the web session
    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CLIENT_ID = "ApiClient.findByClientId";
    public static final String FIND_ALL = "ApiClient.findAll";

    /** Lower-case letters, digits, dots, dashes and underscores; 3 to 80, starting with a letter or digit. */
    public static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 80)
    private String clientId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "secret_hash", nullable = false, length = 400)
    private String secretHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "api_client_id"))
    @Column(name = "scope", nullable = false, length = 80)
    private Set<String> scopes = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Version
    private long version;

    protected ApiClient() {
        // for JPA
    }

    public ApiClient(String clientId, String displayName, Collection<String> scopes, String secretHash, String by,
                     Instant at) {
        String id = normalise(clientId);
        if (id == null || !CLIENT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a client id is 3 to 80 lower-case letters, digits, '.', '-' or '_'");
        }
        this.clientId = id;
        describe(displayName);
        grant(scopes);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
        touched(by, at);
    }

    /** Client ids are compared without regard to case or surrounding space. */
    public static String normalise(String clientId) {
        return clientId == null ? null : clientId.trim().toLowerCase(Locale.ROOT);
    }

    private void describe(String name) {
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            throw new IllegalArgumentException("a client needs a display name of at most 200 characters");
        }
        this.displayName = name.trim();
    }

    private void grant(Collection<String> granted) {
        if (granted == null || granted.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one scope");
        }
        ApiScope.problemWith(granted).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        this.scopes = new TreeSet<>(granted);
    }

    public void disable(String by, Instant at) {
        active = false;
        touched(by, at);
    }

    public void enable(String by, Instant at) {
        active = true;
        touched(by, at);
    }

    public void changeSecretHash(String newHash, String by, Instant at) {
        this.secretHash = Objects.requireNonNull(newHash);
        touched(by, at);
    }

    /** Whether every scope asked for is one of this client's. */
    public boolean holdsAll(Collection<String> asked) {
        return scopes.containsAll(asked);
    }

    /** The law firm whose cases this client may reach (as that firm's lawyer), if its scopes bind it to one. */
    public java.util.Optional<Long> boundFirm() {
        return active ? ApiScope.boundFirm(scopes) : java.util.Optional.empty();
    }

    private void touched(String by, Instant at) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getScopes() {
        return Collections.unmodifiableSet(new TreeSet<>(scopes));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
