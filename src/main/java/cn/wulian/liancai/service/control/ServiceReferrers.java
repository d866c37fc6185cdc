package cn.wulian.liancai.service.control;

import cn.wulian.liancai.shared.reference.Found;
import cn.wulian.liancai.shared.reference.RecordKind;
import cn.wulian.liancai.shared.reference.Referred;
import cn.wulian.liancai.shared.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the service requests refer to: the talent, team or project a request is for and its
 * platform, and the accounts that received, were given or took a step of one (a request keeps who
 * handled it; disable the account instead).
 */
@ApplicationScoped
public class ServiceReferrers implements Referrers {

    private static final String ID = "r.id";
    private static final String LABEL = "concat(r.kind.name, ' · ', r.subjectName)";

    @PersistenceContext
    EntityManager em;

    @Override
    public void collect(Referred target, Found found) {
        switch (target.kind()) {
            case TALENT -> requests(found, "reference.role.requester", "r.talent.id = :id");
            case TEAM -> requests(found, "reference.role.requester", "r.team.id = :id");
            case PROJECT -> requests(found, "reference.role.requester", "r.project.id = :id");
            case PLATFORM -> requests(found, "reference.role.platform", "r.platform.id = :id");
            case ACCOUNT -> {
                requests(found, "reference.role.handledBy", "r.receivedBy = :code or r.officer = :code");
                found.query(em, RecordKind.SERVICE_REQUEST, "reference.role.handledBy", "s.request.id",
                        "concat(s.request.kind.name, ' · ', s.request.subjectName)",
                        "from ServiceStep s where s.by = :code or s.officer = :code");
            }
            default -> {
                // service requests refer to nothing else
            }
        }
    }

    private void requests(Found found, String role, String where) {
        found.query(em, RecordKind.SERVICE_REQUEST, role, ID, LABEL, "from ServiceRequest r where " + where);
    }
}
