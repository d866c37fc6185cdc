package cn.wulian.liancai.platform.control;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.search.control.IndexedDocument;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a platform appears in search: public to every signed-in role, as its page is. */
public final class PlatformDocuments {

    public static final String TYPE = "platform";

    private PlatformDocuments() {
    }

    public static IndexedDocument of(Platform p) {
        String text = Stream.of(p.getName(), p.getNameEn(), p.getKind(), p.getAddress(), p.getOperator(), p.getDescription())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return new IndexedDocument(TYPE, p.getId(), p.getVersion(), p.getName(), text, "",
                Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER"), Set.of());
    }
}
