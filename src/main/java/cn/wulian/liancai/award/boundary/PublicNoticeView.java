package cn.wulian.liancai.award.boundary;

import cn.wulian.liancai.shared.web.PublicPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** public/notices.xhtml: the published 公示 of every award cycle, for anyone */
@Named
@RequestScoped
public class PublicNoticeView {

    @Inject
    PublicNotices notices;

    @Inject
    PublicPage page;

    private List<PublicNotices.Notice> all;

    public List<PublicNotices.Notice> getNotices() {
        if (all == null) {
            all = notices.notices(page.getLocale());
        }
        return all;
    }
}
