package cn.wulian.liancai.account.entity;

import cn.wulian.liancai.shared.DomainViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B's advice rather than composition rules): at least
 * ten characters, at most 128 (the hash runs over all of them), not one character repeated, not the
 * user name nor containing it, and not on the list of common passwords shipped with the app.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /**
     * @param field the input's name in the form or JSON body, named in the error
     * @throws DomainViolation naming {@code field} when the password breaks a rule
     */
    public static void check(String field, String username, String password) {
        String key = problem(username, password);
        if (key != null) {
            throw DomainViolation.of(field, key, MIN_LENGTH);
        }
    }

    /** the message key of the first rule broken, or null */
    static String problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "validation.password.short";
        }
        if (length > MAX_LENGTH) {
            return "validation.password.long";
        }
        if (password.codePoints().distinct().count() == 1) {
            return "validation.password.common";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank()) {
            String name = username.toLowerCase(Locale.ROOT);
            // a short user name may occur by chance; a longer one inside the password is the name with a suffix
            if (lower.equals(name) || name.length() >= 4 && lower.contains(name)) {
                return "validation.password.username";
            }
        }
        if (COMMON.contains(lower)) {
            return "validation.password.common";
        }
        return null;
    }

    /**
     * A password to hand over as a one-time password: letters and digits without look-alikes
     * (0/O, 1/l/I), about 5.8 bits each.
     */
    public static String random(int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder p = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            p.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return p.toString();
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/cn/wulian/liancai/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    common.add(p.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
