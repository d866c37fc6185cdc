package cn.wulian.liancai.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records a bulk entry names, as its detail keeps them: the kind and the ids as ranges
 * ({@code TALENT 1001-1500,1502 (501)}), since the ids of a batch mostly follow each other: five
 * hundred records in a line of text that a person can read, and that {@link #names} can answer.
 *
 * @param ranges first and last id of each run, in ascending order
 */
record BulkRecords(String kind, List<long[]> ranges, int count) {

    private static final Pattern TEXT = Pattern.compile("([A-Z_]+) ([0-9,\\-]+) \\((\\d+)\\)");

    /** the records of {@code kind} with these ids, in ascending order */
    static BulkRecords of(String kind, List<Long> ascending) {
        List<long[]> ranges = new ArrayList<>();
        for (long id : ascending) {
            long[] last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null && id == last[1] + 1) {
                last[1] = id;
            } else {
                ranges.add(new long[] {id, id});
            }
        }
        return new BulkRecords(kind, ranges, ascending.size());
    }

    /** in parts whose text is at most {@code length} characters each: an entry's detail has room for 4,000 */
    List<BulkRecords> parts(int length) {
        List<BulkRecords> parts = new ArrayList<>();
        List<long[]> part = new ArrayList<>();
        int text = kind.length() + 16; // the kind, the count and the brackets
        for (long[] r : ranges) {
            int more = 2 + String.valueOf(r[0]).length() + (r[1] == r[0] ? 0 : String.valueOf(r[1]).length());
            if (!part.isEmpty() && text + more > length) {
                parts.add(of(part));
                part = new ArrayList<>();
                text = kind.length() + 16;
            }
            part.add(r);
            text += more;
        }
        if (!part.isEmpty()) {
            parts.add(of(part));
        }
        return parts;
    }

    private BulkRecords of(List<long[]> part) {
        return new BulkRecords(kind, List.copyOf(part), (int) part.stream().mapToLong(r -> r[1] - r[0] + 1).sum());
    }

    /** the records named by a bulk entry's detail; null for a detail of another form */
    static BulkRecords parse(String detail) {
        Matcher m = detail == null ? null : TEXT.matcher(detail);
        if (m == null || !m.matches()) {
            return null;
        }
        List<long[]> ranges = new ArrayList<>();
        for (String part : m.group(2).split(",")) {
            int dash = part.indexOf('-');
            long first = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
            ranges.add(new long[] {first, dash < 0 ? first : Long.parseLong(part.substring(dash + 1))});
        }
        return new BulkRecords(m.group(1), ranges, Integer.parseInt(m.group(3)));
    }

    boolean names(RecordRef record) {
        if (!kind.equals(record.kind()) || record.id() == null) {
            return false;
        }
        for (long[] r : ranges) {
            if (record.id() >= r[0] && record.id() <= r[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind).append(' ');
        for (int i = 0; i < ranges.size(); i++) {
            long[] r = ranges.get(i);
            s.append(i == 0 ? "" : ",").append(r[0]);
            if (r[1] != r[0]) {
                s.append('-').append(r[1]);
            }
        }
        return s.append(" (").append(count).append(')').toString();
    }
}
