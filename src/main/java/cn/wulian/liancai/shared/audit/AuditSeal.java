package cn.wulian.liancai.shared.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the values in a person's history with a key of their own (AES-GCM), kept in
 * {@code audit_key}. Erasing the person deletes the key: every value the trail ever held about
 * them becomes unreadable at once, while the entries themselves — who, when, what, which fields —
 * stay as written. The key sits beside the data on purpose: this is not to hide values from the
 * database's reader (the trail is for the office only) but to let erasure reach an append-only
 * trail.
 */
final class AuditSeal {

    /** the kinds of record that are a person under the Personal Information Protection Law */
    static final Set<String> PERSONS = Set.of("TALENT");

    static final String KEY_SQL = "SELECT secret FROM audit_key WHERE subject = ?";
    static final String NEW_KEY_SQL = "INSERT INTO audit_key (subject, secret, created_at) VALUES (?, ?, ?)";
    static final String FORGET_SQL = "DELETE FROM audit_key WHERE subject = ?";

    private static final String PREFIX = "sealed:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditSeal() {
    }

    static boolean isPerson(RecordRef subject) {
        return subject.id() != null && PERSONS.contains(subject.kind());
    }

    static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String seal(String key, String json) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secret(key), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an audit entry", e);
        }
    }

    static boolean isSealed(String changes) {
        return changes != null && changes.startsWith(PREFIX);
    }

    /** the JSON within; null when the key is gone (the person was erased) */
    static String open(String key, String changes) {
        if (!isSealed(changes)) {
            return changes;
        }
        if (key == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(changes.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, secret(key), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open a sealed audit entry", e);
        }
    }

    private static SecretKeySpec secret(String key) {
        return new SecretKeySpec(Base64.getDecoder().decode(key), "AES");
    }
}
