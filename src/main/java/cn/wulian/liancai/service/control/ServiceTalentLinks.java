package cn.wulian.liancai.service.control;

import cn.wulian.liancai.talent.boundary.TalentLink;
import cn.wulian.liancai.talent.boundary.TalentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** The service requests filed for a talent, named by kind, for the talent's profile; a manager sees none (they file for teams). */
@ApplicationScoped
public class ServiceTalentLinks extends TalentLinks {

    @Override
    public List<TalentLink> of(long talentId, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return links(talentId, TalentLink.Kind.SERVICE_REQUEST, "/services/view.xhtml", new Part("requester",
                "select r.id, " + (english ? "coalesce(k.nameEn, k.name)" : "k.name") + ", r.status, pl.code"
                        + " from ServiceRequest r join r.kind k left join r.platform pl where r.talent.id = :id order by r.receivedOn desc, r.id desc"));
    }
}
