package cn.wulian.liancai.platform.boundary;

import cn.wulian.liancai.shared.i18n.Messages;
import cn.wulian.liancai.shared.web.FacesDownloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/** The platforms as cards with their key figures. */
@Named
@ViewScoped
public class PlatformListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Platforms platforms;

    private List<PlatformJson> all;

    public List<PlatformJson> getPlatforms() {
        if (all == null) {
            all = platforms.all();
        }
        return all;
    }

    public StreamedContent getExport() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return FacesDownloads.xlsx(PlatformExport.xlsx(getPlatforms(), locale), Messages.text(locale, "platform.list.title"));
    }
}
