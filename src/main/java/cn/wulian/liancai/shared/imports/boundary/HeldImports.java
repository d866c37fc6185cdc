package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.imports.entity.ImportBatch;
import cn.wulian.liancai.shared.imports.entity.ImportStatus;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.shared.web.WorkCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The rows that finished imports hold as maybe-registered records until someone decides them (new,
 * the same as, skip): the badge of 导入 counts the rows, the 工作台 lists the imports holding them.
 * Office staff and administrators, who run and decide imports.
 */
@ApplicationScoped
public class HeldImports implements WorkCount {

    private static final String HOLDING = " from ImportBatch b where b.held > 0 and b.status = :done";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    /** an import with rows to decide */
    public record Row(long id, String kind, String fileName, int held, Instant finishedAt) {
    }

    @Override
    public String entry() {
        return "imports";
    }

    @Override
    public long count(CurrentUser caller) {
        if (!caller.isStaff()) {
            return 0;
        }
        Long rows = em.createQuery("select sum(b.held)" + HOLDING, Long.class).setParameter("done", ImportStatus.DONE).getSingleResult();
        return rows == null ? 0 : rows;
    }

    /** the held rows waiting for the caller's office */
    public long count() {
        user.requireStaff("imports are the office's");
        return count(user);
    }

    /** up to {@code limit} imports holding rows, the oldest first: they have waited longest */
    public List<Row> first(int limit) {
        user.requireStaff("imports are the office's");
        return em.createQuery("select b" + HOLDING + " order by b.finishedAt, b.id", ImportBatch.class)
                .setParameter("done", ImportStatus.DONE).setMaxResults(limit).getResultList().stream()
                .map(b -> new Row(b.getId(), b.getKind(), b.getFileName(), b.getHeld(), b.getFinishedAt())).toList();
    }
}
