package cn.wulian.liancai.network.boundary;

import cn.wulian.liancai.network.control.Links;
import cn.wulian.liancai.network.control.TalentEdges;
import cn.wulian.liancai.shared.DomainViolation;
import cn.wulian.liancai.shared.security.CurrentUser;
import cn.wulian.liancai.talent.boundary.Talents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pictures of who knows whom (莲才朋友圈): a talent's network two steps out — relations, who referred
 * whom, the teams they lead or belong to, the projects they lead or recommended — and the registry's
 * connectors and groups. Office staff and platform managers, as the talent pages; reviewers have no
 * business here. A manager sees other platforms' teams and projects not at all (they could not open
 * them), and nobody sees more of a person than a name: the pictures hold no personal data.
 */
@ApplicationScoped
@Transactional
public class Network {

    /** the kinds of link a picture may be limited to */
    public static final List<String> KINDS = List.of("CLASSMATE", "COLLEAGUE", "RELATIVE", "REFERRED_BY", "TEAM", "PROJECT");
    /** nodes drawn at most: beyond this a picture is no longer read, and the rest is said to be left out */
    static final int MOST_NODES = 250;
    static final int CONNECTORS = 20;
    static final int GROUPS = 10;
    static final int GROUP_MEMBERS_SHOWN = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Talents talents;

    /** {@code kinds}: those of {@link #KINDS} to draw, all when empty; any other is a 400 naming {@code kinds} */
    public static Set<String> kinds(Collection<String> asked) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String k : asked) {
            for (String one : k.split(",")) {
                String kind = one.strip().toUpperCase(Locale.ROOT);
                if (kind.isEmpty()) {
                    continue;
                }
                if (!KINDS.contains(kind)) {
                    throw DomainViolation.of("kinds", "validation.network.kind", String.join(", ", KINDS));
                }
                kinds.add(kind);
            }
        }
        return kinds.isEmpty() ? new LinkedHashSet<>(KINDS) : kinds;
    }

    /** the talent's network two steps out, with the links of the kinds asked */
    public NetworkJson.Graph around(long talentId, Set<String> kinds) {
        requireReader();
        talents.find(talentId); // 404 for no such talent, as its profile
        TalentEdges edges = new TalentEdges(em);
        Map<String, Integer> step = new LinkedHashMap<>();
        String centre = "T" + talentId;
        step.put(centre, 0);
        Map<String, NetworkJson.Edge> links = new LinkedHashMap<>();
        Set<String> frontier = Set.of(centre);
        Set<String> hidden = new java.util.HashSet<>();
        boolean truncated = false;
        for (int s = 1; s <= 2 && !frontier.isEmpty(); s++) {
            List<TalentEdges.Link> found = new ArrayList<>();
            found.addAll(edges.ofTalents(ids(frontier, "T")));
            found.addAll(edges.ofTeams(ids(frontier, "TM")));
            found.addAll(edges.ofProjects(ids(frontier, "P")));
            hidden.addAll(outOfScope(found));
            Set<String> next = new LinkedHashSet<>();
            for (TalentEdges.Link l : found) {
                if (!drawn(l, kinds)) {
                    continue;
                }
                String from = l.fromKind() + l.from();
                String to = l.toKind() + l.to();
                if (hidden.contains(from) || hidden.contains(to) || !frontier.contains(from) && !frontier.contains(to)) {
                    continue;
                }
                for (String end : List.of(from, to)) {
                    if (!step.containsKey(end)) {
                        if (step.size() >= MOST_NODES) {
                            truncated = true;
                            continue;
                        }
                        step.put(end, s);
                        next.add(end);
                    }
                }
                if (step.containsKey(from) && step.containsKey(to)) {
                    links.putIfAbsent(from + ">" + to + ":" + l.kind(), new NetworkJson.Edge(from, to, l.kind()));
                }
            }
            frontier = next;
        }
        return new NetworkJson.Graph(centre, nodes(step), List.copyOf(links.values()), truncated);
    }

    /** the registry's best connected talents and its groups, over the links of the kinds asked (projects link no two talents) */
    public NetworkJson.Registry registry(Set<String> kinds) {
        requireReader();
        // a manager's figures count the teams they could open, as their pictures draw them
        Links links = new Links(new TalentEdges(em).talentPairs(kinds, user.isManager() ? user.platformCode() : null));
        List<Long> connectors = links.connectors(CONNECTORS);
        List<List<Long>> all = links.groups();
        List<List<Long>> groups = all.stream().limit(GROUPS).toList();
        Set<Long> named = new LinkedHashSet<>(connectors);
        groups.forEach(g -> named.addAll(g.stream().limit(GROUP_MEMBERS_SHOWN).toList()));
        Map<Long, String> names = names("select t.id, t.name from Talent t where t.id in :ids", named);
        List<NetworkJson.Group> shown = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Long> g = groups.get(i);
            shown.add(new NetworkJson.Group(i + 1, g.size(), g.stream().limit(GROUP_MEMBERS_SHOWN).map(t -> connector(t, names, links)).toList()));
        }
        long talents = em.createQuery("select count(t) from Talent t where t.mergedInto is null", Long.class).getSingleResult();
        return new NetworkJson.Registry(connectors.stream().map(t -> connector(t, names, links)).toList(), shown, all.size(), talents,
                links.linked());
    }

    private static NetworkJson.Connector connector(long id, Map<Long, String> names, Links links) {
        return new NetworkJson.Connector(id, names.getOrDefault(id, "#" + id), links.degree(id), "/talents/profile.xhtml?id=" + id);
    }

    /** whether the kinds asked draw the link: a relation by its kind, a team's or project's link by the record it reaches */
    private static boolean drawn(TalentEdges.Link l, Set<String> kinds) {
        boolean team = "TM".equals(l.fromKind()) || "TM".equals(l.toKind());
        boolean project = "P".equals(l.fromKind()) || "P".equals(l.toKind());
        if (team || project) {
            return (!team || kinds.contains("TEAM")) && (!project || kinds.contains("PROJECT"));
        }
        return kinds.contains(l.kind());
    }

    /** the teams and projects among the links that a manager could not open: another platform's */
    private Set<String> outOfScope(List<TalentEdges.Link> found) {
        if (!user.isManager()) {
            return Set.of();
        }
        String own = user.platformCode();
        Set<Long> teams = new LinkedHashSet<>();
        Set<Long> projects = new LinkedHashSet<>();
        for (TalentEdges.Link l : found) {
            collect(l.fromKind(), l.from(), teams, projects);
            collect(l.toKind(), l.to(), teams, projects);
        }
        Set<String> hidden = new java.util.HashSet<>();
        platforms("select t.id, pl.code from Team t join t.platform pl where t.id in :ids", teams)
                .forEach((id, code) -> {
                    if (!code.equals(own)) {
                        hidden.add("TM" + id);
                    }
                });
        Map<Long, String> ofProjects = platforms("select p.id, pl.code from Project p join p.platform pl where p.id in :ids", projects);
        for (Long p : projects) {
            if (!own.equals(ofProjects.get(p))) {
                hidden.add("P" + p);
            }
        }
        return hidden;
    }

    private static void collect(String kind, long id, Set<Long> teams, Set<Long> projects) {
        if ("TM".equals(kind)) {
            teams.add(id);
        } else if ("P".equals(kind)) {
            projects.add(id);
        }
    }

    private List<NetworkJson.Node> nodes(Map<String, Integer> step) {
        Map<Long, String> talentNames = names("select t.id, t.name from Talent t where t.id in :ids", ids(step.keySet(), "T"));
        Map<Long, String> teamNames = names("select t.id, t.name from Team t where t.id in :ids", ids(step.keySet(), "TM"));
        Map<Long, String> projectTitles = names("select p.id, p.title from Project p where p.id in :ids", ids(step.keySet(), "P"));
        List<NetworkJson.Node> nodes = new ArrayList<>();
        step.forEach((node, s) -> {
            String kind = node.startsWith("TM") ? "TEAM" : node.startsWith("P") ? "PROJECT" : "TALENT";
            long id = Long.parseLong(node.replaceFirst("^(TM|T|P)", ""));
            Map<Long, String> labels = switch (kind) {
                case "TEAM" -> teamNames;
                case "PROJECT" -> projectTitles;
                default -> talentNames;
            };
            String page = switch (kind) {
                case "TEAM" -> "/teams/view.xhtml?id=";
                case "PROJECT" -> "/projects/view.xhtml?id=";
                default -> "/talents/profile.xhtml?id=";
            };
            nodes.add(new NetworkJson.Node(node, kind, id, labels.getOrDefault(id, "#" + id), s, page + id));
        });
        return nodes;
    }

    private static Set<Long> ids(Collection<String> nodes, String prefix) {
        return nodes.stream().filter(n -> n.startsWith(prefix) && Character.isDigit(n.charAt(prefix.length())))
                .map(n -> Long.valueOf(n.substring(prefix.length()))).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Map<Long, String> names(String jpql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 500) {
            for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", all.subList(i, Math.min(all.size(), i + 500)))
                    .getResultList()) {
                names.put(((Number) r[0]).longValue(), String.valueOf(r[1]));
            }
        }
        return names;
    }

    private Map<Long, String> platforms(String jpql, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : names(jpql, ids);
    }

    private void requireReader() {
        user.requireStaffOrManager("the network of talents is for office staff and platform managers");
    }
}
