package cn.wulian.liancai.search.control;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The versions a document was built from, written as text: the record's own version, then the
 * versions of the records whose names it shows, in an order fixed by the feature, {@code -} for one
 * it does not have. A team with version 3 on platform version 1, led by a talent with version 7 and
 * without members is {@code 3.1.7}; the same team without a leader is {@code 3.1.-}.
 *
 * <p>The stamp is compared as text and never hashed: two stamps are equal only if every version in
 * them is, so no change to an embedded record can hide behind a collision. The feature writes the
 * stamp twice, from its entities when it builds the document and from one query at start-up; both
 * must go through the same method of the feature so that they agree.
 */
public final class Stamp {

    private static final Pattern FORMAT = Pattern.compile("\\d+(\\.(\\d+|-))*");
    private static final String ABSENT = "-";

    private Stamp() {
    }

    /** the stamp of a record with version {@code own} showing the records with the given versions (null: none there) */
    public static String of(long own, Long... embedded) {
        return of(own, Arrays.asList(embedded));
    }

    /** as {@link #of(long, Long...)}, for a number of embedded records known only at run time (a team's members) */
    public static String of(long own, List<Long> embedded) {
        if (own < 0) {
            throw new IllegalArgumentException("a version is never negative: " + own);
        }
        StringBuilder stamp = new StringBuilder().append(own);
        for (Long version : embedded) {
            if (version != null && version < 0) {
                throw new IllegalArgumentException("a version is never negative: " + version);
            }
            stamp.append('.').append(version == null ? ABSENT : version.toString());
        }
        return stamp.toString();
    }

    /** the record's own version: the first part */
    public static long version(String stamp) {
        int dot = stamp.indexOf('.');
        return Long.parseLong(dot < 0 ? stamp : stamp.substring(0, dot));
    }

    /**
     * Whether a document stamped {@code indexed} is newer than one stamped {@code arriving}, so that
     * the arriving one must not replace it: its own version is higher, or it is the same and every
     * embedded version is at least as high and one higher (the after-commit writes of two quick
     * renames of a team's leader, arriving out of order). Stamps of another shape (a leader added
     * or removed) cannot be ordered this way and are not held newer; the start-up check settles
     * what this leaves behind.
     */
    public static boolean supersedes(String indexed, String arriving) {
        long own = version(indexed);
        long other = version(arriving);
        if (own != other) {
            return own > other;
        }
        String[] a = indexed.split("\\.");
        String[] b = arriving.split("\\.");
        if (a.length != b.length) {
            return false;
        }
        boolean higher = false;
        for (int i = 1; i < a.length; i++) {
            if (a[i].equals(b[i])) {
                continue;
            }
            if (a[i].equals(ABSENT) || b[i].equals(ABSENT) || Long.parseLong(a[i]) < Long.parseLong(b[i])) {
                return false;
            }
            higher = true;
        }
        return higher;
    }

    static void requireValid(String stamp) {
        if (stamp == null || !FORMAT.matcher(stamp).matches()) {
            throw new IllegalArgumentException("not a stamp: " + stamp);
        }
    }
}
