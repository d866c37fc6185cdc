package cn.wulian.liancai.shared.rest;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.PageRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The list endpoints' common query: {@code offset, limit, sort, order} and the named column filters. A
 * window that cannot be (a negative offset, a limit outside 1–200) or an order that is neither
 * {@code asc} nor {@code desc}, or a sort the list does not have, is refused naming the parameter; they were taken as the nearest that
 * could be, and a client never learned it had been given less than it asked for.
 */
public final class PageRequests {

    private PageRequests() {
    }

    /**
     * @param sortNames the names the list sorts by; another is refused naming {@code sort} and the names (it was
     *                  taken as the default order, and a client that misspelt a column read its list unsorted)
     */
    public static PageRequest from(UriInfo uri, int offset, int limit, String sort, String order, List<String> filterNames,
                                   Collection<String> sortNames) {
        return from(uri, offset, limit, sort, order, filterNames, sortNames, Map.of());
    }

    /**
     * What a filter may be given, where it is not any text: a value outside it is refused naming the filter and what
     * it takes. Read as "matches nothing", {@code ?stage=FOO} answered an empty list, and a client with a typo
     * believed there was nobody to find.
     *
     * @param accepts  whether a value is one the filter takes
     * @param examples what it takes, for the message
     * @param takesSeveral whether it takes several values separated by commas (a list's quick filter: APPROVED,GRANTED)
     */
    public record FilterRule(Predicate<String> accepts, String examples, boolean takesSeveral) {

        /** one of an enum's names, or of the list's own words (a service request's {@code open}), in any case */
        public static FilterRule codes(Class<? extends Enum<?>> type, String... words) {
            List<String> names = new java.util.ArrayList<>();
            for (Enum<?> e : type.getEnumConstants()) {
                names.add(e.name());
            }
            names.addAll(List.of(words));
            return words(names.toArray(String[]::new));
        }

        /** one of these words, in any case */
        public static FilterRule words(String... words) {
            Set<String> upper = new TreeSet<>();
            for (String w : words) {
                upper.add(w.toUpperCase(Locale.ROOT));
            }
            return new FilterRule(v -> upper.contains(v.strip().toUpperCase(Locale.ROOT)), String.join(", ", words), false);
        }

        /** record ids: 12,15 */
        public static FilterRule ids() {
            return new FilterRule(v -> v.strip().matches("\\d{1,18}"), "12,15", true);
        }

        /** one record of one of these kinds: TEAM:12 */
        public static FilterRule record(Class<? extends Enum<?>> kinds) {
            FilterRule kind = codes(kinds);
            return new FilterRule(v -> {
                String[] parts = v.strip().split(":", -1);
                return parts.length == 2 && kind.accepts().test(parts[0]) && parts[1].matches("\\d{1,18}");
            }, kind.examples().replace(", ", ":12, ") + ":12", false);
        }

        /** a year, four digits */
        public static FilterRule year() {
            return new FilterRule(v -> v.strip().matches("\\d{4}"), "yyyy", false);
        }

        /** the same, several at once separated by commas */
        public FilterRule several() {
            return new FilterRule(accepts, examples, true);
        }

        boolean takes(String value) {
            if (value.isBlank()) {
                return true;
            }
            for (String one : takesSeveral ? value.split(",") : new String[] {value}) {
                if (!accepts.test(one)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static DomainViolation and(DomainViolation found, DomainViolation more) {
        return found == null ? more : found.and(more);
    }

    public static PageRequest from(UriInfo uri, int offset, int limit, String sort, String order, List<String> filterNames,
                                   Collection<String> sortNames, Map<String, FilterRule> rules) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (offset < 0) {
            wrong.put("offset", "validation.page.offset");
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            wrong.put("limit", "validation.page.limit");
        }
        if (order != null && !order.isBlank() && !"asc".equalsIgnoreCase(order.strip()) && !"desc".equalsIgnoreCase(order.strip())) {
            wrong.put("order", "validation.page.order");
        }
        // every parameter that is wrong is named at once, each with what it takes
        DomainViolation found = wrong.isEmpty() ? null : new DomainViolation(wrong);
        if (sort != null && !sort.isBlank() && !sortNames.contains(sort)) {
            found = and(found, DomainViolation.of("sort", "validation.page.sort", String.join(", ", new TreeSet<>(sortNames))));
        }
        for (Map.Entry<String, FilterRule> rule : rules.entrySet()) {
            String value = uri.getQueryParameters().getFirst(rule.getKey());
            if (value != null && !value.isBlank() && !rule.getValue().takes(value)) {
                found = and(found, DomainViolation.of(rule.getKey(), "validation.page.filter", rule.getValue().examples()));
            }
        }
        if (found != null) {
            throw found;
        }
        Map<String, String> filters = new HashMap<>();
        for (String f : filterNames) {
            String v = uri.getQueryParameters().getFirst(f);
            if (v != null) {
                filters.put(f, v);
            }
        }
        return new PageRequest(offset, limit, sort, order == null || !"desc".equalsIgnoreCase(order.strip()), filters);
    }
}
