package cn.wulian.liancai.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;

/**
 * Plain SQL on an EclipseLink session: the one way the trail writes, so that an entry goes through
 * the very connection and transaction of the change it describes — from inside the provider's
 * commit as from a boundary's own unit of work. Arguments are bound with their types, so that a
 * null is typed on every database.
 */
final class SessionSql {

    record Arg(Object value, Class<?> type) {
    }

    private SessionSql() {
    }

    static void update(Session session, String sql, Arg... args) {
        DataModifyQuery query = new DataModifyQuery(new SQLCall(named(sql, args.length)));
        session.executeQuery(prepare(query, args), values(args));
    }

    /** the first column of every row */
    static List<Object> column(Session session, String sql, Arg... args) {
        DataReadQuery query = new DataReadQuery(new SQLCall(named(sql, args.length)));
        List<Object> values = new ArrayList<>();
        for (Object row : (List<?>) session.executeQuery(prepare(query, args), values(args))) {
            values.add(((Map<?, ?>) row).values().iterator().next());
        }
        return values;
    }

    private static <Q extends org.eclipse.persistence.queries.DatabaseQuery> Q prepare(Q query, Arg[] args) {
        for (int i = 0; i < args.length; i++) {
            query.addArgument("a" + i, args[i].type());
        }
        return query;
    }

    private static List<Object> values(Arg[] args) {
        List<Object> values = new ArrayList<>();
        for (Arg a : args) {
            values.add(a.value());
        }
        return values;
    }

    /** "… VALUES (?, ?)" → "… VALUES (#a0, #a1)", EclipseLink's bound arguments */
    private static String named(String sql, int count) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                out.append("#a").append(n++);
            } else {
                out.append(c);
            }
        }
        if (n != count) {
            throw new IllegalArgumentException(count + " arguments for " + n + " places in " + sql);
        }
        return out.toString();
    }
}
