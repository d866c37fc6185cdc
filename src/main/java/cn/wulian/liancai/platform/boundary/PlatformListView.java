package cn.wulian.liancai.platform.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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
}
