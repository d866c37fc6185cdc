package cn.wulian.liancai.talent.entity;

import static cn.wulian.liancai.talent.entity.TalentBuilder.talent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.wulian.liancai.shared.DomainViolation;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TalentRelationTest {

    /** what the database gives a talent when it is stored */
    static Talent withId(Talent t, long id) throws ReflectiveOperationException {
        Field f = Talent.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(t, id);
        return t;
    }

    @Test
    void aTalentIsNotRelatedToItself() {
        Talent t = talent("张伟").build();
        DomainViolation e = assertThrows(DomainViolation.class, () -> new TalentRelation(t, t, RelationKind.CLASSMATE, null));
        assertEquals(Map.of("otherId", "validation.relation.self"), e.fieldKeys());
    }

    @Test
    void twoCopiesOfTheSameStoredTalentAreItselfToo() throws ReflectiveOperationException {
        Talent one = withId(talent("张伟").build(), 7);
        Talent copy = withId(talent("张伟").build(), 7);
        assertThrows(DomainViolation.class, () -> new TalentRelation(one, copy, RelationKind.COLLEAGUE, null));
    }

    @Test
    void bothEndsAndTheKindAreRequired() {
        Talent t = talent("张伟").build();
        assertEquals(Map.of("kind", "validation.required"),
                assertThrows(DomainViolation.class, () -> new TalentRelation(t, talent("李娜").build(), null, null)).fieldKeys());
        assertEquals(Map.of("otherId", "validation.relation.self").keySet(),
                assertThrows(DomainViolation.class, () -> new TalentRelation(t, null, RelationKind.RELATIVE, null)).fieldKeys().keySet());
    }

    @Test
    void otherEndSeenFromEitherSide() throws ReflectiveOperationException {
        Talent a = withId(talent("甲").build(), 1);
        Talent b = withId(talent("乙").build(), 2);
        TalentRelation r = new TalentRelation(a, b, RelationKind.REFERRED_BY, "  经同学介绍 ");

        assertSame(b, r.other(1));
        assertSame(a, r.other(2));
        assertEquals("经同学介绍", r.getNote());
        assertNull(new TalentRelation(a, b, RelationKind.CLASSMATE, "  ").getNote());
    }

    @Test
    void onlyReferredByHasADirection() {
        assertTrue(RelationKind.REFERRED_BY.directed());
        assertFalse(RelationKind.CLASSMATE.directed());
        assertFalse(RelationKind.COLLEAGUE.directed());
        assertFalse(RelationKind.RELATIVE.directed());
    }
}
