package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.award.control.Conflicts;
import cn.wulian.liancai.award.entity.Achievement;
import cn.wulian.liancai.award.entity.CategoryQuota;
import cn.wulian.liancai.award.entity.Criterion;
import cn.wulian.liancai.shared.SerializedRecord;
import jakarta.json.JsonValue;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The award's JSON shapes, as the API and the pages read them. */
public final class AwardJsonViews {

    private AwardJsonViews() {
    }

    public record CycleJson(long id, int year, String name, LocalDate nominationOpens, LocalDate nominationCloses,
                            LocalDate reviewOpens, LocalDate reviewCloses, List<CategoryJson> categories, List<Criterion> criteria,
                            List<String> committee, JsonValue rule, String ruleText, int reviewersPerNomination, String basis,
                            BigDecimal disagreement, String status, Instant publishedAt, LocalDate noticeEndsOn, Instant finalizedAt,
                            long nominations, long version) implements Serializable {
        /** the rule is JSON, which does not serialize: see {@link SerializedRecord} */
        @Serial
        private Object writeReplace() {
            return SerializedRecord.of(this);
        }
    }

    public record CategoryJson(String code, String name, int quota) implements Serializable {
        static CategoryJson of(CategoryQuota q, String name) {
            return new CategoryJson(q.code(), name, q.quota());
        }
    }

    /** a committee member to choose: the account's user name and the name people know them by */
    public record ReviewerJson(String username, String displayName) implements Serializable {
    }

    /**
     * A nomination. The nominee's contact details are masked for everyone but office staff, and left
     * out (null, so absent from the JSON) for reviewers, who judge the case, not the person's reach;
     * {@code assignments} and {@code conflicts} are the office's to see.
     */
    public record NominationJson(long id, long cycleId, int year, String category, String categoryName, long talentId,
                                 String nominee, String nomineePhone, String nomineeEmail, String degree, String employer, String title,
                                 String statement, List<Achievement> achievements, String nominatedBy, String platform,
                                 Instant submittedAt, boolean winner, String justification,
                                 List<AssignmentJson> assignments, List<ConflictJson> conflicts) implements Serializable {

        /** for a page that shows no contact data: none carried */
        public NominationJson withoutContacts() {
            return new NominationJson(id, cycleId, year, category, categoryName, talentId, nominee, null, null, degree, employer, title,
                    statement, achievements, nominatedBy, platform, submittedAt, winner, justification, assignments, conflicts);
        }
    }

    /** an assignment as the office sees it: who, how, whether submitted or declared */
    public record AssignmentJson(long id, String reviewer, boolean automatic, Instant assignedAt, String assignedBy,
                                 int submittedRevision, String conflictReason, Instant conflictDeclaredAt) implements Serializable {
    }

    public record ConflictJson(long nomination, String reviewer, String kind, String reason) implements Serializable {
        static ConflictJson of(long nomination, String reviewer, Conflicts.Reason r, String text) {
            return new ConflictJson(nomination, reviewer, r.kind().name(), text);
        }
    }

    /**
     * A reviewer's own review: the nomination (without contact data), the evidence, the rubric, their draft and revisions, and
     * the other reviewers' submitted sheets — only once their own is submitted, and without names;
     * {@code flagged}: what of theirs waits for the office ({@code CHANGE}, {@code CONFLICT}) or null.
     */
    public record ReviewJson(long id, NominationJson nomination, List<Criterion> criteria, Map<String, Integer> scores,
                             Map<String, String> comments, String comment, int submittedRevision, BigDecimal total,
                             boolean reviewOpen, List<RevisionJson> revisions, List<OthersJson> others, boolean othersHidden,
                             String flagged, long version, EvidenceJson evidence) implements Serializable {
    }

    public record RevisionJson(int revision, BigDecimal total, String reason, Instant submittedAt, Map<String, Integer> scores) implements Serializable {
    }

    /** another reviewer's submitted sheet, named only by a letter */
    public record OthersJson(String reviewer, BigDecimal total, Map<String, Integer> scores, String comment) implements Serializable {
    }

    /**
     * One row of a reviewer's queue; {@code current}: the cycle is still under way (open, its review
     * window not yet over), so the row belongs to this year's queue rather than to past sheets.
     */
    public record QueueJson(long id, long nomination, int year, String category, String nominee, int submittedRevision,
                            boolean declared, boolean reviewOpen, LocalDate reviewCloses, long cycle, String cycleName,
                            boolean current) {
    }

    /**
     * A reviewer's day ({@code GET /api/reviews/queue}): this year's sheets by cycle with the deadline
     * and how many are done of how many, and the past cycles' sheets apart. {@code unscoredOnly}
     * leaves out of the listed items what is submitted, never out of the counts.
     */
    public record QueueSummaryJson(long done, long total, long remaining, LocalDate deadline, boolean unscoredOnly,
                                   List<QueueCycleJson> cycles, List<QueueJson> past) {
    }

    /** this year's sheets of one cycle */
    public record QueueCycleJson(long cycle, int year, String name, LocalDate reviewCloses, boolean reviewOpen, long done,
                                 long total, List<QueueJson> items) {
    }

    /**
     * What the rubric asks a reviewer to weigh, from the county's records on the nominee: the teams
     * they lead or belong to, those teams' and their own projects, with the figures summed (jobs: the
     * teams' headcount; investment in yuan, actual and planned; financing raised in yuan). The
     * records hold no tax figures, so none are shown. Never contact data.
     */
    public record EvidenceJson(String platform, List<TeamEvidenceJson> teams, List<ProjectEvidenceJson> projects, Integer jobs,
                               BigDecimal actualInvestment, BigDecimal plannedInvestment, BigDecimal financing, int achievements,
                               int files) implements Serializable {
    }

    public record TeamEvidenceJson(String name, String platform, String status, boolean leader, Integer headcount,
                                   BigDecimal financing, int ip) implements Serializable {
    }

    public record ProjectEvidenceJson(String title, String stage, String platform, BigDecimal plannedInvestment,
                                      BigDecimal actualInvestment) implements Serializable {
    }

    /**
     * All the reviewer's nominees of one category of one cycle side by side: their own scores per
     * criterion (submitted, or the draft as it stands) and the total once every criterion is scored,
     * with the evidence's key figures.
     */
    public record ComparisonJson(long cycle, int year, String category, String categoryName, List<Criterion> criteria,
                                 List<ComparisonRowJson> rows) {
    }

    public record ComparisonRowJson(long assignment, long nomination, String nominee, String state, Map<String, Integer> scores,
                                    BigDecimal total, EvidenceJson evidence) {
    }

    public record StandingJson(long nomination, String category, String nominee, Map<String, BigDecimal> totals,
                               Map<String, BigDecimal> zScores, BigDecimal mean, BigDecimal median, BigDecimal spread,
                               BigDecimal deviation, boolean disagreement, BigDecimal normalised, Integer rawRank,
                               Integer normalisedRank, Integer rank, boolean tied, int reviews, int assigned, boolean winner,
                               String justification, List<FlagJson> flagged) implements Serializable {
    }

    /** the ranking; {@code version}: the cycle's, which a decision, publication or making final names */
    public record RankingJson(long cycleId, int year, String basis, String basisText, String tieRule, List<CategoryJson> categories,
                              List<StandingJson> standings, String status, long version) implements Serializable {
    }

    /**
     * A change ({@code kind} {@code CHANGE}) or a conflict declaration ({@code CONFLICT}) a reviewer
     * made after seeing the other sheets, waiting for the office: the revision that counts meanwhile
     * and the newest, the reason, when, when the others were first seen, and the assignment's
     * {@code version} that confirming or rejecting names.
     */
    public record FlagJson(long assignment, long nomination, String nominee, String category, String reviewer, String kind,
                           int countedRevision, BigDecimal countedTotal, int revision, BigDecimal total, String reason, Instant at,
                           Instant othersSeenAt, long version) implements Serializable {
    }

    /**
     * an entry of a cycle's trail: {@code detail} as stored (JSON for entries written since the trail
     * speaks the reader's language, a sentence for older ones), {@code words} the detail in the
     * caller's language ({@code Accept-Language})
     */
    public record AuditJson(long id, Instant at, String by, String action, Long nomination, String detail, String words) implements Serializable {
    }
}
