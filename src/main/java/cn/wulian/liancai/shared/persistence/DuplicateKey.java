package cn.wulian.liancai.shared.persistence;

import java.sql.SQLException;

/** An insert that lost a race for a key: the state Derby and PostgreSQL both report (SQL standard 23505). */
public final class DuplicateKey {

    private static final String STATE = "23505";

    private DuplicateKey() {
    }

    public static boolean is(SQLException e) {
        return STATE.equals(e.getSQLState());
    }
}
