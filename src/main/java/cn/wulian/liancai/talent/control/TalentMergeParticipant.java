package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import java.util.List;

/**
 * The contract by which a feature above talent takes part in a merge of two talents: it owns the
 * records that name a talent (a team its leader and members, a project its lead and recommender,
 * an application, a nomination) and moves them itself. Talent knows none of those features; each
 * implements this, and the merge asks every implementation, in the merge's transaction.
 *
 * <p>A move is one place in one record ({@link MergeMove}: kind, record, place). Undo calls
 * {@link #move} with the ends swapped, only after {@link #stillAsLeft} held for every move.
 */
public interface TalentMergeParticipant {

    /** the places in this feature's records that name {@code talent}, in a stable order, each with a label to show */
    List<MergeMove> placesOf(Talent talent);

    /** whether this participant owns moves of {@code kind} */
    boolean owns(String kind);

    /**
     * Points the place that names {@code from} at {@code to}. Refuses with a {@code
     * DomainViolation} what its records cannot hold (the same talent nominated twice in one
     * category), before anything moved: {@link #check} is called for every move first.
     */
    void move(MergeMove move, Talent from, Talent to);

    /** refuses (DomainViolation) a move its records could not hold; nothing is changed */
    default void check(MergeMove move, Talent from, Talent to) {
    }

    /** the record's version now (null when its records carry none, or it is gone) */
    Long version(MergeMove move);

    /** whether the place still names {@code talent}: with the version, what tells undo that nothing changed on top */
    boolean stillNames(MergeMove move, Talent talent);

    /** whether the record was changed since the merge left it */
    default boolean stillAsLeft(MergeMove move, Talent survivor) {
        return stillNames(move, survivor) && (move.getVersionAfter() == null || move.getVersionAfter().equals(version(move)));
    }
}
