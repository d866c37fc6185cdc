package cn.wulian.liancai.support.boundary;

import cn.wulian.liancai.shared.Batch;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.support.entity.ApplicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Approve or return several applications in one step (the list's selection,
 * {@code POST /api/applications/batch-decision}): office staff only, as one decision is. The
 * request as a whole is checked first (ids, the decision, a reason to return); then each
 * application takes the very step a single decision takes ({@link Applications#step}) in a
 * transaction of its own: eligibility under the policy as it now stands, its caps and the budget
 * left under the policy's lock, its status. One refused is reported with its reason; the others
 * are decided; none is half decided. No transaction of its own (called from a page or a resource).
 */
@ApplicationScoped
public class ApplicationBatch {

    /** what the office decides in one step; a return is a rejection with its reason */
    public enum Decision {
        APPROVE(ApplicationStatus.APPROVED), RETURN(ApplicationStatus.REJECTED);

        final ApplicationStatus to;

        Decision(ApplicationStatus to) {
            this.to = to;
        }
    }

    static final int NOTE_LIMIT = 2000;

    @Inject
    Applications applications;

    @Inject
    CurrentUser user;

    public List<Batch.Outcome> decide(DecisionBatchInput input, Locale locale) {
        user.requireStaff("applications are decided by the office");
        List<Long> ids = Batch.ids(input.ids());
        Decision decision = decision(input.decision());
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (decision == Decision.RETURN && note == null) {
            throw DomainViolation.of("note", "validation.application.reasonRequired");
        }
        if (note != null && note.length() > NOTE_LIMIT) {
            throw DomainViolation.of("note", "validation.size2000");
        }
        return Batch.run(ids, locale, id -> {
            Long version = input.versionOf(id);
            // without the caller's version, the application is decided as it stands now (read in a transaction of its own)
            long read = version != null ? version : applications.find(id).version();
            StepInput step = decision == Decision.APPROVE
                    ? new StepInput(decision.to.name(), null, note, null, read)
                    : new StepInput(decision.to.name(), null, null, note, read);
            applications.step(id, step, locale);
        });
    }

    private static Decision decision(String code) {
        if (code == null || code.isBlank()) {
            throw DomainViolation.of("decision", "validation.required");
        }
        try {
            return Decision.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainViolation(Map.of("decision", "validation.choice"));
        }
    }
}
