package cn.wulian.liancai.network.boundary;

import java.io.Serializable;
import java.util.List;

/** Pictures of who knows whom, as the pages draw them and the API answers them. */
public final class NetworkJson {

    private NetworkJson() {
    }

    /**
     * A talent's network two steps out.
     *
     * @param nodes the talent ({@code step} 0), then those one and two steps away
     * @param edges each link once
     * @param truncated whether nodes were left out beyond the most a picture draws
     */
    public record Graph(String centre, List<Node> nodes, List<Edge> edges, boolean truncated) implements Serializable {
    }

    /** a talent ({@code T12}), team ({@code TM3}) or project ({@code P5}), how many steps from the centre, and its page */
    public record Node(String id, String kind, long recordId, String label, int step, String href) implements Serializable {
    }

    /**
     * A link: a relation between talents ({@code CLASSMATE}, {@code COLLEAGUE}, {@code RELATIVE},
     * {@code REFERRED_BY} — from was introduced by to, as the record's "referred by" says), {@code MEMBER} / {@code LEADS} (a talent in or at the head of a
     * team or project), {@code RECOMMENDED} (a talent who recommended a project).
     */
    public record Edge(String from, String to, String kind) implements Serializable {
    }

    /** the registry's connectors and largest groups ({@code groupCount}: how many groups there are in all) */
    public record Registry(List<Connector> connectors, List<Group> groups, long groupCount, long talents, long linked) implements Serializable {
    }

    /** a talent linked to many others: {@code links} distinct talents, directly */
    public record Connector(long id, String name, long links, String href) implements Serializable {
    }

    /** talents linked to each other, directly or through others: the {@code size}, and the best connected of them */
    public record Group(int rank, long size, List<Connector> members) implements Serializable {
    }
}
