package cn.wulian.liancai.it;

/**
 * The callers of the authorisation tests: office, admin, the managers of two platforms, a reviewer
 * and nobody, each with the demo account it calls with.
 */
enum Caller {
    OFFICE("office", null), ADMIN("admin", null), MGR_FATONG("mgr-fatong", "fatong"), MGR_SHIBEI("mgr-shibei", "shibei"),
    REVIEWER("reviewer1", null), ANONYMOUS(null, null);

    final String user;
    final String platform;

    Caller(String user, String platform) {
        this.user = user;
        this.platform = platform;
    }

    Api api() {
        return user == null ? Api.anonymous() : Api.as(user);
    }

    boolean manager() {
        return platform != null;
    }

    boolean staff() {
        return this == OFFICE || this == ADMIN;
    }

    /** the status every team and project endpoint answers a caller without business there, or 0 */
    int refusal() {
        return this == ANONYMOUS ? 401 : this == REVIEWER ? 403 : 0;
    }

    /** a manager's own platform; for everyone else one platform to act on */
    String ownPlatform() {
        return manager() ? platform : "shibei";
    }

    /** the other manager's platform */
    String otherPlatform() {
        return "fatong".equals(platform) ? "shibei" : "fatong";
    }
}
