package cn.wulian.liancai.talent.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** STAND-IN until the merge branch lands */
public record DuplicateKeys(String nameKey, String phoneKey, String emailKey, String wechatKey, Integer birthYear, Long townshipId) {

    public static DuplicateKeys of(TalentDetails d) {
        return new DuplicateKeys(d.name() == null ? null : d.name().replaceAll("\\s", ""),
                d.phone() == null ? null : d.phone().replaceAll("[^0-9]", ""),
                d.email() == null ? null : d.email().strip().toLowerCase(),
                d.wechat() == null ? null : d.wechat().strip().toLowerCase(),
                d.birthYear(), d.township() == null ? null : d.township().getId());
    }

    public List<String> reasonsAgainst(DuplicateKeys o) {
        List<String> r = new ArrayList<>();
        if (phoneKey != null && phoneKey.equals(o.phoneKey)) { r.add("PHONE"); }
        if (emailKey != null && emailKey.equals(o.emailKey)) { r.add("EMAIL"); }
        if (wechatKey != null && wechatKey.equals(o.wechatKey)) { r.add("WECHAT"); }
        if (nameKey != null && nameKey.equals(o.nameKey) && birthYear != null && birthYear.equals(o.birthYear)
                && townshipId != null && Objects.equals(townshipId, o.townshipId)) { r.add("NAME_BIRTH_TOWNSHIP"); }
        return r;
    }
}
