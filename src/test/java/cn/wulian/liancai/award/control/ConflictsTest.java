package cn.wulian.liancai.award.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.wulian.liancai.award.control.Conflicts.Kind;
import cn.wulian.liancai.award.control.Conflicts.Nominee;
import cn.wulian.liancai.award.control.Conflicts.Reason;
import cn.wulian.liancai.award.control.Conflicts.Relation;
import cn.wulian.liancai.award.control.Conflicts.Reviewer;
import cn.wulian.liancai.talent.entity.RelationKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each kind of conflict found in the data, in either direction, and none where there is no link. */
class ConflictsTest {

    static final long REVIEWER_TALENT = 7;
    static final long NOMINEE = 42;
    static final Reviewer REVIEWER = new Reviewer("reviewer1", REVIEWER_TALENT, Set.of(), null);
    static final Nominee PLAIN = new Nominee(NOMINEE, null, Set.of(5L), Set.of("shibei"));

    static List<Kind> kinds(Reviewer r, Nominee n, List<Relation> relations) {
        return Conflicts.between(r, n, relations).stream().map(Reason::kind).toList();
    }

    @Test
    void noLinkNoConflict() {
        assertEquals(List.of(), kinds(REVIEWER, PLAIN, List.of(new Relation(REVIEWER_TALENT, 99, RelationKind.RELATIVE))));
        assertEquals(List.of(), kinds(new Reviewer("reviewer2", null, Set.of(), null), PLAIN, List.of()),
                "a reviewer with no talent record and no platform has no recorded links");
    }

    @Test
    void theReviewerIsTheNominee() {
        assertEquals(List.of(Kind.SELF), kinds(REVIEWER, new Nominee(REVIEWER_TALENT, null, Set.of(), Set.of()), List.of()));
    }

    @ParameterizedTest
    @EnumSource(RelationKind.class)
    void eachRelationKindInEitherDirection(RelationKind kind) {
        Kind expected = switch (kind) {
            case RELATIVE -> Kind.RELATIVE;
            case CLASSMATE -> Kind.CLASSMATE;
            case COLLEAGUE -> Kind.COLLEAGUE;
            case REFERRED_BY -> Kind.REFERRAL;
        };
        assertEquals(List.of(expected), kinds(REVIEWER, PLAIN, List.of(new Relation(REVIEWER_TALENT, NOMINEE, kind))));
        assertEquals(List.of(expected), kinds(REVIEWER, PLAIN, List.of(new Relation(NOMINEE, REVIEWER_TALENT, kind))));
    }

    @Test
    void theReviewerIntroducedTheNominee() {
        assertEquals(List.of(Kind.REFERRAL), kinds(REVIEWER, new Nominee(NOMINEE, REVIEWER_TALENT, Set.of(), Set.of()), List.of()));
        assertEquals(List.of(Kind.REFERRAL), kinds(REVIEWER, new Nominee(NOMINEE, REVIEWER_TALENT, Set.of(), Set.of()),
                List.of(new Relation(NOMINEE, REVIEWER_TALENT, RelationKind.REFERRED_BY))), "the same link once");
    }

    @Test
    void aSharedTeam() {
        Reviewer member = new Reviewer("reviewer1", REVIEWER_TALENT, Set.of(3L, 5L), null);
        assertEquals(List.of(new Reason(Kind.SHARED_TEAM, "5")), Conflicts.between(member, PLAIN, List.of()));
    }

    @Test
    void theReviewerManagesTheNomineesPlatform() {
        assertEquals(List.of(new Reason(Kind.MANAGES_PLATFORM, "shibei")),
                Conflicts.between(new Reviewer("reviewer3", null, Set.of(), "shibei"), PLAIN, List.of()));
        assertEquals(List.of(), kinds(new Reviewer("reviewer3", null, Set.of(), "fatong"), PLAIN, List.of()));
    }

    @Test
    void severalLinksAreAllNamed() {
        Reviewer r = new Reviewer("reviewer1", REVIEWER_TALENT, Set.of(5L), "shibei");
        assertEquals(List.of(Kind.CLASSMATE, Kind.COLLEAGUE, Kind.SHARED_TEAM, Kind.MANAGES_PLATFORM), kinds(r, PLAIN,
                List.of(new Relation(REVIEWER_TALENT, NOMINEE, RelationKind.CLASSMATE), new Relation(NOMINEE, REVIEWER_TALENT, RelationKind.COLLEAGUE))));
    }
}
