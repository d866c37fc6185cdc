package cn.wulian.liancai.team.entity;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of a registered company: 18
 * characters from a 31-character alphabet (no I, O, S, V, Z), the last one a check character
 * computed from the first 17 with fixed weights, so that a mistyped code is caught at once.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** the code in its canonical form (upper case, no spaces), or null when it is not a valid code */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replace(" ", "").toUpperCase(Locale.ROOT);
        return isValid(c) ? c : null;
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    /** the check character that completes 17 characters; for tests and data generation */
    public static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int sum) {
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
