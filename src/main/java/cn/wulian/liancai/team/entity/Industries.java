package cn.wulian.liancai.team.entity;

import cn.wulian.liancai.shared.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The county's industry fields (产业领域), which a team's field and a project's industry are chosen
 * from. Records store the Chinese name, which stays their key when the pages speak English; a
 * project may also name an industry of its own, shown as typed.
 */
public final class Industries {

    public static final List<String> ALL = List.of("新一代信息技术", "高端装备", "新材料", "生物医药", "现代农业", "文旅康养", "电子商务", "新能源", "石材加工", "纺织服装");

    private Industries() {
    }

    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }

    /** the name in the reader's language; an industry of the county's list is translated, any other shown as typed */
    public static String label(String name, Locale locale) {
        return isKnown(name) ? Messages.text(locale, "enum.TeamField." + name) : name;
    }
}
