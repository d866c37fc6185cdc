package cn.wulian.liancai.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with a per-password salt; only the hash ever reaches the database. The
 * iteration count follows OWASP's current advice (600,000) and is written into each hash
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}), so hashes made with fewer are recognised
 * and replaced at the holder's next successful log-in.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int MIN_ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "liancai.security.pbkdf2-iterations", defaultValue = "600000")
    int iterations;

    @PostConstruct
    void configure() {
        // a setting may raise the cost as machines get faster, never lower it below the advice
        iterations = Math.max(iterations, MIN_ITERATIONS);
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** true when the hash was made with another algorithm or fewer iterations than now required */
    public boolean isOutdated(String hash) {
        return iterationsOf(hash) < iterations;
    }

    /** the iteration count written in a hash; 0 when the hash is not in the expected form */
    static int iterationsOf(String hash) {
        String[] parts = hash == null ? new String[0] : hash.split(":");
        if (parts.length != 4 || !"PBKDF2WithHmacSHA256".equals(parts[0])) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** the same work as a real check, for unknown users: answer time must not tell which names exist */
    public void verifyNothing(String password) {
        if (dummy == null) {
            dummy = hash("no such user");
        }
        pbkdf2.verify(password.toCharArray(), dummy);
    }

    private volatile String dummy;
}
