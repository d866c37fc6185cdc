package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.rules.entity.SubjectKind;
import cn.wulian.liancai.shared.PageRequest;
import cn.wulian.liancai.shared.web.ListMemory;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The application list's filter bar: status (a quick choice or one status), policy, platform, kind of
 * beneficiary, year of submission and a name. Each value is one the bar's menus offer, or none: a
 * link with a value the menus cannot show ({@code ?status=PAID}) opens the list unfiltered by it,
 * never filtered by a choice the user cannot see or clear. The facade still forces a manager's
 * platform, whatever is asked here.
 */
public class ApplicationFilter implements ListMemory.Filter<ApplicationFilter> {

    private static final long serialVersionUID = 1L;

    /** the quick choices: the office's queue, the approvals still to pay out, and everything */
    public static final String PENDING = ApplicationStatus.SUBMITTED.name();
    public static final String TO_PAY = ApplicationStatus.APPROVED.name() + "," + ApplicationStatus.GRANTED.name();
    public static final String ALL = "ALL";
    /** how many years back the year menu goes */
    static final int YEARS = 8;

    private String status;
    private String policy;
    private String platform;
    private String kind;
    private String year;
    private String q;

    /** the request with every chosen filter set, by the names ApplicationQuery reads */
    public PageRequest applyTo(PageRequest request) {
        PageRequest r = request;
        String[][] filters = {{"status", status}, {"policy", policy}, {"platform", platform}, {"kind", kind}, {"year", year}, {"q", q}};
        for (String[] f : filters) {
            if (f[1] != null && !f[1].isBlank()) {
                r = r.withFilter(f[0], f[1].strip());
            }
        }
        return r;
    }

    /**
     * Takes a list link's parameters ({@code f:viewParam} puts them, as given, into {@code link}),
     * each only if its menu offers it.
     *
     * @param policies  the policy codes the menu offers
     * @param platforms the platform codes the menu offers (none for a manager, whose platform is fixed)
     * @param thisYear  the county's current year
     */
    public void fromLink(ApplicationFilter link, Collection<String> policies, Collection<String> platforms, int thisYear) {
        status = offered(getStatuses(), statuses(link.status));
        policy = offered(policies, link.policy == null ? null : link.policy.toLowerCase(Locale.ROOT));
        platform = offered(platforms, link.platform);
        kind = offered(getKinds(), link.kind == null ? null : link.kind.toUpperCase(Locale.ROOT));
        year = offered(years(thisYear), link.year);
        q = link.q == null || link.q.isBlank() ? null : link.q.strip();
    }

    /** a link that names any filter, which then replaces the list's kept ones */
    @Override
    public boolean isAny() {
        return Stream.of(status, policy, platform, kind, year, q).anyMatch(v -> v != null && !v.isBlank());
    }

    /** the choices of the filter this list was left with */
    @Override
    public void copyFrom(ApplicationFilter kept) {
        status = kept.status;
        policy = kept.policy;
        platform = kept.platform;
        kind = kept.kind;
        year = kept.year;
        q = kept.q;
    }

    /** the status menu: the three quick choices' statuses first, then each status on its own */
    public List<String> getStatuses() {
        List<String> all = new ArrayList<>(List.of(PENDING, TO_PAY));
        Arrays.stream(ApplicationStatus.values()).map(Enum::name).filter(s -> !s.equals(PENDING)).forEach(all::add);
        return all;
    }

    public List<String> getKinds() {
        return Stream.of(SubjectKind.values()).map(Enum::name).toList();
    }

    /** this year and the ones before it, newest first */
    public static List<String> years(int thisYear) {
        return IntStream.range(0, YEARS).mapToObj(i -> String.valueOf(thisYear - i)).toList();
    }

    /** "granted, approved" → "APPROVED,GRANTED": known statuses in their order, or null for none */
    static String statuses(String raw) {
        if (raw == null) {
            return null;
        }
        List<String> known = Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
        List<String> wanted = Arrays.stream(raw.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(known::contains)
                .distinct().sorted(Comparator.comparingInt(known::indexOf)).toList();
        return wanted.isEmpty() ? null : String.join(",", wanted);
    }

    /** the quick choice shown as pressed: one of {@link #PENDING}, {@link #TO_PAY}, {@link #ALL}, or none for another status */
    public String getQuick() {
        return status == null ? ALL : status;
    }

    public void setQuick(String quick) {
        status = quick == null || quick.isBlank() || ALL.equals(quick) ? null : quick;
    }

    private static String offered(Collection<String> options, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip();
        return options.contains(wanted) ? wanted : null;
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
