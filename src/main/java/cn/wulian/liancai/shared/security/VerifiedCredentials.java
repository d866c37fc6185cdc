package cn.wulian.liancai.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short while, HTTP Basic credentials that passed the identity store, so the API
 * does not pay the PBKDF2 cost on every call. Keys are a SHA-256 over a random per-start salt,
 * the user name and the password: the password itself is never kept.
 */
@ApplicationScoped
public class VerifiedCredentials {

    record Verified(String caller, Set<String> groups, boolean passwordChangeRequired, long expiresAtNanos) {
    }

    @Inject
    @ConfigProperty(name = "liancai.security.basic-cache-seconds", defaultValue = "60")
    long ttlSeconds;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    /**
     * One check at a time per credential: an API client's parallel calls, and all of them again when
     * the remembered entry expires, would otherwise each pay the hash at once (seen in the load
     * benchmark: ~40 hashes in a burst held every request for seconds). Striped, so that the locks
     * stay few whatever the number of user names and wrong passwords tried.
     */
    private final ReentrantLock[] checks = new ReentrantLock[64];
    private byte[] salt;

    @PostConstruct
    void init() {
        salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        for (int i = 0; i < checks.length; i++) {
            checks[i] = new ReentrantLock();
        }
    }

    /**
     * The lock to hold while checking these credentials against the identity store; the holder
     * looks them up again first, since the caller before it may have verified them meanwhile.
     */
    Lock checking(String username, String password) {
        return checks[Math.floorMod(key(username, password).hashCode(), checks.length)];
    }

    Verified find(String username, String password) {
        Verified v = verified.get(key(username, password));
        if (v == null || System.nanoTime() - v.expiresAtNanos() > 0) {
            return null;
        }
        return v;
    }

    Verified remember(String username, String password, String caller, Set<String> groups, boolean passwordChangeRequired) {
        if (verified.size() > 10_000) {
            verified.clear();
        }
        Verified v = new Verified(caller, Set.copyOf(groups), passwordChangeRequired, System.nanoTime() + Duration.ofSeconds(ttlSeconds).toNanos());
        verified.put(key(username, password), v);
        return v;
    }

    /** to be called when a password, a role or an account's state changes: no cached log-in outlives the change */
    public void forgetAll() {
        verified.clear();
    }

    private String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
