package cn.wulian.liancai.network.boundary;

import static cn.wulian.liancai.shared.JsonApi.JSON;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The network pictures on the pages: a talent's two steps out (its card on the profile, drawn by
 * {@code resources/js/network.js} from the JSON this hands the page) and the registry's connectors
 * and groups ({@code /talents/network.xhtml?kinds=CLASSMATE,TEAM}).
 */
@Named
@ViewScoped
public class NetworkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Network network;

    private List<String> kinds = new ArrayList<>(Network.KINDS);
    private NetworkJson.Registry registry;

    /** f:viewAction of the registry page: its kinds from the link, then the figures */
    public void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kinds");
        Set<String> chosen = Network.kinds(asked == null ? List.of() : List.of(asked));
        kinds = new ArrayList<>(chosen);
        kinds.retainAll(getAllKinds());
        registry = network.registry(chosen);
    }

    /** the checkboxes changed: the figures again, over the kinds now ticked; none ticked links nobody */
    public void refresh() {
        registry = kinds.isEmpty() ? new NetworkJson.Registry(List.of(), List.of(), 0, registry == null ? 0 : registry.talents(), 0)
                : network.registry(Network.kinds(kinds));
    }

    /**
     * A talent's network as the page's script reads it: {"centre": "T1", "nodes": [...], "edges": [...], "truncated": false}.
     * Read afresh at each rendering, never kept in the view: a name changed or erased since must not linger in the page.
     */
    public String graphOf(long talentId) {
        return json(network.around(talentId, Set.copyOf(Network.KINDS)));
    }

    static String json(NetworkJson.Graph g) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        JsonArrayBuilder nodes = JSON.createArrayBuilder();
        for (NetworkJson.Node n : g.nodes()) {
            nodes.add(JSON.createObjectBuilder().add("id", n.id()).add("kind", n.kind()).add("label", n.label()).add("step", n.step())
                    .add("href", context + n.href()));
        }
        JsonArrayBuilder edges = JSON.createArrayBuilder();
        for (NetworkJson.Edge e : g.edges()) {
            edges.add(JSON.createObjectBuilder().add("from", e.from()).add("to", e.to()).add("kind", e.kind()));
        }
        return JSON.createObjectBuilder().add("centre", g.centre()).add("nodes", nodes).add("edges", edges).add("truncated", g.truncated())
                .build().toString();
    }

    /** the kinds of link between two people: a project is a record, not a link between talents, and links nobody here */
    public List<String> getAllKinds() {
        return Network.KINDS.stream().filter(k -> !"PROJECT".equals(k)).toList();
    }

    public List<String> getKinds() { return kinds; }
    public void setKinds(List<String> kinds) { this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds); }
    public NetworkJson.Registry getRegistry() { return registry; }

    /** the share of the registry's talents linked to at least one other, "42%" */
    public String getLinkedShare() {
        return registry.talents() == 0 ? "—" : Math.round(100.0 * registry.linked() / registry.talents()) + "%";
    }

}
