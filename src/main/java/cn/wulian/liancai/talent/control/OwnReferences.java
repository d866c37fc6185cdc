package cn.wulian.liancai.talent.control;

import cn.wulian.liancai.account.entity.Account;
import cn.wulian.liancai.talent.entity.Interaction;
import cn.wulian.liancai.talent.entity.MergeMove;
import cn.wulian.liancai.talent.entity.Talent;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The references to a talent that the talent feature and the features below it hold: the contact
 * log, the talents it referred, the account of its holder. (Relations are the merge's own
 * business: some are dropped, see {@link TalentMerger}.) Not a CDI bean: the merger makes it.
 */
final class OwnReferences implements TalentMergeParticipant {

    static final String INTERACTION = "INTERACTION";
    static final String REFERRAL = "REFERRAL";
    static final String ACCOUNT = "ACCOUNT";

    private final EntityManager em;
    private final Clock clock;

    OwnReferences(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public List<MergeMove> placesOf(Talent talent) {
        List<MergeMove> places = new ArrayList<>();
        em.createNamedQuery(Interaction.OF_TALENT, Interaction.class).setParameter("talent", talent.getId()).getResultList()
                .forEach(i -> places.add(new MergeMove(INTERACTION, i.getId(), "talent", i.getOccurredAt().toLocalDate() + " " + i.getSummary())));
        em.createQuery("select t from Talent t where t.referrer = :t and t.mergedInto is null order by t.id", Talent.class)
                .setParameter("t", talent).getResultList()
                .forEach(t -> places.add(new MergeMove(REFERRAL, t.getId(), "referrer", "#" + t.getId() + " " + t.getName())));
        em.createQuery("select a from Account a where a.talentId = :t order by a.id", Account.class).setParameter("t", talent.getId())
                .getResultList().forEach(a -> places.add(new MergeMove(ACCOUNT, a.getId(), "talent", a.getUsername())));
        return places;
    }

    @Override
    public boolean owns(String kind) {
        return INTERACTION.equals(kind) || REFERRAL.equals(kind) || ACCOUNT.equals(kind);
    }

    @Override
    public void move(MergeMove move, Talent from, Talent to) {
        switch (move.getKind()) {
            case INTERACTION -> em.find(Interaction.class, move.getRecordId()).renameTalent(from, to);
            case REFERRAL -> em.find(Talent.class, move.getRecordId()).referredBy(to, clock);
            case ACCOUNT -> em.find(Account.class, move.getRecordId()).linkTalent(to.getId());
            default -> throw new IllegalArgumentException(move.getKind());
        }
    }

    @Override
    public Long version(MergeMove move) {
        return switch (move.getKind()) {
            case REFERRAL -> {
                Talent t = em.find(Talent.class, move.getRecordId());
                yield t == null ? null : t.getVersion();
            }
            case ACCOUNT -> {
                Account a = em.find(Account.class, move.getRecordId());
                yield a == null ? null : a.getVersion();
            }
            default -> null; // a contact carries no version: that it still names the survivor is what undo can check
        };
    }

    @Override
    public boolean stillNames(MergeMove move, Talent talent) {
        return switch (move.getKind()) {
            case INTERACTION -> {
                Interaction i = em.find(Interaction.class, move.getRecordId());
                yield i != null && Talent.same(i.getTalent(), talent);
            }
            case REFERRAL -> {
                Talent t = em.find(Talent.class, move.getRecordId());
                yield t != null && Talent.same(t.getReferrer(), talent);
            }
            case ACCOUNT -> {
                Account a = em.find(Account.class, move.getRecordId());
                yield a != null && talent.getId().equals(a.getTalentId());
            }
            default -> false;
        };
    }
}
