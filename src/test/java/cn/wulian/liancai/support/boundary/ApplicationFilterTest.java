package cn.wulian.liancai.support.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.wulian.liancai.shared.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application list's filter bar: a link's parameters are taken only where a menu offers them,
 * the quick choices are statuses, and the chosen filters join the table's own request.
 */
class ApplicationFilterTest {

    private static final List<String> POLICIES = List.of("space", "startup-fund");
    private static final List<String> PLATFORMS = List.of("fatong", "shibei", "none");

    @Test
    void aLinksParametersAreTakenWhereTheMenusOfferThem() {
        ApplicationFilter f = new ApplicationFilter();
        f.fromLink(link("granted, approved", "SPACE", "none", "team", "2025", "  石雕 "), POLICIES, PLATFORMS, 2026);
        assertEquals(ApplicationFilter.TO_PAY, f.getStatus(), "statuses in their order, as the quick choice");
        assertEquals(ApplicationFilter.TO_PAY, f.getQuick());
        assertEquals("space", f.getPolicy());
        assertEquals("none", f.getPlatform());
        assertEquals("TEAM", f.getKind());
        assertEquals("2025", f.getYear());
        assertEquals("石雕", f.getQ());
    }

    @Test
    void aValueNoMenuOffersIsIgnoredNotAFilterTheUserCannotSee() {
        ApplicationFilter f = new ApplicationFilter();
        f.fromLink(link("PAID", "no-such", "kunshan", "planet", "1999", " "), POLICIES, PLATFORMS, 2026);
        assertNull(f.getStatus());
        assertEquals(ApplicationFilter.ALL, f.getQuick());
        assertNull(f.getPolicy());
        assertNull(f.getPlatform(), "not among the platforms offered");
        assertNull(f.getKind());
        assertNull(f.getYear(), "eight years back from this one");
        assertNull(f.getQ());

        f.fromLink(link("submitted,rejected", null, null, null, null, null), POLICIES, PLATFORMS, 2026);
        assertNull(f.getStatus(), "a mix the menu does not offer");
        f.fromLink(link("all", null, null, null, null, null), POLICIES, PLATFORMS, 2026);
        assertNull(f.getStatus());
    }

    /** a link's parameters as f:viewParam sets them */
    private static ApplicationFilter link(String status, String policy, String platform, String kind, String year, String q) {
        ApplicationFilter link = new ApplicationFilter();
        link.setStatus(status);
        link.setPolicy(policy);
        link.setPlatform(platform);
        link.setKind(kind);
        link.setYear(year);
        link.setQ(q);
        return link;
    }

    @Test
    void theChosenFiltersJoinTheTablesRequestAndTheQuickChoiceIsAStatus() {
        ApplicationFilter f = new ApplicationFilter();
        f.setQuick(ApplicationFilter.PENDING);
        f.setPolicy("space");
        f.setQ(" ");
        PageRequest r = f.applyTo(new PageRequest(40, 20, "submittedAt", false, Map.of()));
        assertEquals(Map.of("status", "SUBMITTED", "policy", "space"), r.filters());
        assertEquals(40, r.offset());
        assertEquals("submittedAt", r.sortField());

        f.setQuick(ApplicationFilter.ALL);
        assertNull(f.getStatus());
        assertEquals(Map.of("policy", "space"), f.applyTo(new PageRequest(0, 20, null, true, Map.of())).filters());
    }

    @Test
    void theStatusMenuOffersTheQuickChoicesFirst() {
        assertEquals(List.of("SUBMITTED", "APPROVED,GRANTED", "APPROVED", "REJECTED", "GRANTED", "CLOSED", "WITHDRAWN"),
                new ApplicationFilter().getStatuses());
        assertEquals(List.of("2026", "2025", "2024", "2023", "2022", "2021", "2020", "2019"), ApplicationFilter.years(2026));
    }
}
