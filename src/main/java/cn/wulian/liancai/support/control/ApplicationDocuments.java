package cn.wulian.liancai.support.control;

import cn.wulian.liancai.platform.control.PlatformDocuments;
import cn.wulian.liancai.project.control.ProjectDocuments;
import cn.wulian.liancai.search.boundary.IndexSource;
import cn.wulian.liancai.search.control.IndexedDocument;
import cn.wulian.liancai.search.control.Stamp;
import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.support.entity.Application;
import cn.wulian.liancai.support.entity.Policy;
import cn.wulian.liancai.talent.control.TalentDocuments;
import cn.wulian.liancai.team.control.TeamDocuments;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How an application for support appears in search: found by office staff and administrators, and
 * by the managers of the platform it was made for — the same people who may open it ({@code
 * Applications}); an application for a talent has no platform, so only the office finds it. It is
 * found by its policy's name, its beneficiary's name and its status in words; the statement, the
 * conditions and the reasons are not searched (they are free text about people and money).
 *
 * <p>The document shows the name of the policy as it now stands (and the version's it was decided
 * under, where that differs), the beneficiary's name now (and as submitted) and the platform's, so
 * its stamp holds, after the application's version, the version number of the policy's current
 * version, then the versions of the talent, team, project and platform ({@code -} for those it has
 * not).
 */
public final class ApplicationDocuments {

    public static final String TYPE = "application";

    private ApplicationDocuments() {
    }

    /** @param current the current version of the application's policy, whose name the policy is known by now */
    public static IndexedDocument of(Application a, Policy current) {
        String subject = subjectName(a);
        // the policy's code and the English status are found by a search, not shown in a Chinese snippet ("人才公寓 apartment")
        String text = IndexedDocument.text(Stream.of(current.getName(), a.getPolicy().getName(), subject, a.getSubjectName(),
                        a.getPlatform() == null ? null : a.getPlatform().getName(),
                        Messages.text(Messages.CHINESE, "enum.SubjectKind." + a.getSubjectKind().name()),
                        Messages.text(Messages.CHINESE, "enum.ApplicationStatus." + a.getStatus().name())),
                Stream.of(a.getPolicyCode(), Messages.text(Locale.ENGLISH, "enum.ApplicationStatus." + a.getStatus().name())));
        Set<String> readers = new LinkedHashSet<>(Set.of("role:OFFICE", "role:ADMIN"));
        if (a.getPlatform() != null) {
            readers.add("platform:" + a.getPlatform().getCode());
        }
        String stamp = Stamp.of(a.getVersion(), (long) current.getVersion(), a.getTalent() == null ? null : a.getTalent().getVersion(),
                a.getTeam() == null ? null : a.getTeam().getVersion(), a.getProject() == null ? null : a.getProject().getVersion(),
                a.getPlatform() == null ? null : a.getPlatform().getVersion());
        Map<String, Object> facets = new HashMap<>();
        facets.put("platform", a.getPlatform() == null ? null : a.getPlatform().getCode());
        return new IndexedDocument(TYPE, a.getId(), stamp, current.getName() + " · " + subject, text, "", readers, Set.of())
                .with(facets, lastChange(a));
    }

    /** the beneficiary's name as it is now */
    private static String subjectName(Application a) {
        return switch (a.getSubjectKind()) {
            case TALENT -> a.getTalent().getName();
            case TEAM -> a.getTeam().getName();
            case PROJECT -> a.getProject().getTitle();
        };
    }

    private static Instant lastChange(Application a) {
        return Stream.of(a.getSubmittedAt(), a.getDecidedAt(), a.getClosedAt()).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /**
     * Type of a record the document shows → the condition (on {@code a}, the record's id as {@code
     * :id}) that finds the applications showing it: those for a talent, team or project, those of a
     * platform, and those under any version of a policy (a policy's document is its current version).
     */
    public static final Map<String, String> SHOWING = Map.of(
            TalentDocuments.TYPE, "a.talent.id = :id",
            TeamDocuments.TYPE, "a.team.id = :id",
            ProjectDocuments.TYPE, "a.project.id = :id",
            PlatformDocuments.TYPE, "a.platform.id = :id",
            PolicyDocuments.TYPE, "a.policyCode = (select x.code from Policy x where x.id = :id)");

    /**
     * the rows {@link #stamps} reads: the versions {@link #of} puts into the stamp, in the same order,
     * each left-joined record with its id, which tells whether it is there
     */
    public static final String STAMP_ROWS = "select a.id, a.version, cp.version, tl.id, tl.version, tm.id, tm.version,"
            + " pj.id, pj.version, pl.id, pl.version from Application a"
            + " left join a.talent tl left join a.team tm left join a.project pj left join a.platform pl, Policy cp"
            + " where cp.code = a.policyCode and cp.supersededAt is null";

    /** application id → the stamp its document would carry now, from the rows of {@link #STAMP_ROWS} */
    public static Map<Long, String> stamps(List<Object[]> rows) {
        Map<Long, String> stamps = new HashMap<>();
        for (Object[] row : rows) {
            stamps.put((Long) row[0], Stamp.of((Long) row[1], ((Number) row[2]).longValue(), IndexSource.versionAt(row, 3),
                    IndexSource.versionAt(row, 5), IndexSource.versionAt(row, 7), IndexSource.versionAt(row, 9)));
        }
        return stamps;
    }
}
