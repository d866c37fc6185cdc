package cn.wulian.liancai.platform.control;

import cn.wulian.liancai.platform.entity.Platform;
import cn.wulian.liancai.platform.entity.PlatformKind;
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

    /** found by its names, its kind (the programme's word), address, operator (运营方) and description */
    public static IndexedDocument of(Platform p) {
        PlatformKind kind = p.getKind();
        String text = Stream.of(p.getName(), p.getNameEn(), kind == null ? null : kind.term(), p.getAddress(), p.getOperator(),
                        p.getDescription())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return new IndexedDocument(TYPE, p.getId(), p.getVersion(), p.getName(), text, "",
                Set.of("role:OFFICE", "role:ADMIN", "role:PLATFORM_MANAGER"), Set.of());
    }
}
