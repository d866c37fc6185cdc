package cn.wulian.liancai.shared;

/**
 * Masking of personal data (PIPL): enough stays visible to recognise a record, not to contact the
 * person. Applied at the boundary for callers whose role does not need the data.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * 13912345678 → 139****5678. At least four digits stay hidden, so a short landline number
     * (5212345 → 5****45) is not readable either.
     */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        int keep = digits.length() - Math.max(4, digits.length() - 7);
        if (keep <= 0) {
            return "****";
        }
        int keepStart = Math.min(3, keep / 2);
        int keepEnd = keep - keepStart;
        return digits.substring(0, keepStart) + "****" + digits.substring(digits.length() - keepEnd);
    }

    /** zhanglei@qq.com → z***@qq.com */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** wx_zhanglei88 → wx*** */
    public static String maskHandle(String handle) {
        if (handle == null || handle.isBlank()) {
            return handle;
        }
        return handle.substring(0, Math.min(2, handle.length())) + "***";
    }
}
