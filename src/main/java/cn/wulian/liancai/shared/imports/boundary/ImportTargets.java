package cn.wulian.liancai.shared.imports.boundary;

import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.imports.control.ImportTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** the kinds of record that can be imported: every feature's {@link ImportTarget} */
@ApplicationScoped
public class ImportTargets {

    @Inject
    Instance<ImportTarget> targets;

    public ImportTarget of(String kind) {
        for (ImportTarget t : targets) {
            if (t.kind().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                return t;
            }
        }
        throw DomainViolation.of("kind", "import.kind.unknown");
    }

    public List<String> kinds() {
        return targets.stream().map(ImportTarget::kind).sorted().toList();
    }
}
