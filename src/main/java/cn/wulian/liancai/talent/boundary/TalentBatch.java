package cn.wulian.liancai.talent.boundary;

import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.InputChecks;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.entity.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage or liaison of many talents at once (the list's selection, {@code POST /api/talents/batch}):
 * office staff and administrators, as for one talent. What is wrong with the request as a whole (no
 * ids, too many, an unknown stage or liaison) is refused before anything is done; then each talent
 * is changed by {@link Talents#reassign} in a transaction of its own, and its outcome reported.
 * Each talent's change is audited as one made alone: one entry per talent, written by the trail's
 * listener. No transaction of its own (called from a page or a resource, which have none), so that
 * each talent's is the facade's.
 */
@ApplicationScoped
public class TalentBatch {

    @Inject
    Talents talents;

    @Inject
    CurrentUser user;

    public List<Batch.Outcome> reassign(TalentBatchInput input, Locale locale) {
        user.requireStaff("only office staff change talents");
        List<Long> ids = Batch.ids(input.ids());
        boolean noStage = input.stage() == null || input.stage().isBlank();
        boolean noLiaison = input.liaison() == null || input.liaison().isBlank();
        if (noStage && noLiaison) {
            throw new DomainViolation(Map.of("stage", "validation.batch.nothing", "liaison", "validation.batch.nothing"));
        }
        Stage stage = noStage ? null : InputChecks.enumValue(Stage.class, input.stage(), "stage", true);
        String liaison = noLiaison ? null : input.liaison().strip();
        if (liaison != null) {
            talents.requireLiaison(liaison);
        }
        return Batch.run(ids, locale, id -> talents.reassign(id, stage, liaison, input.versionOf(id)));
    }
}
