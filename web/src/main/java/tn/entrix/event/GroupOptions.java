package tn.entrix.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Event groups in their hierarchy (season → phase), for the pages: a tree for the groups page and an indented list
 * of choices for selects. The order is the service's (latest season first), children under their parent.
 */
final class GroupOptions {

    /** A group as a choice: indented under its parent. */
    record Option(long id, String label, int depth) implements Serializable {
    }

    private GroupOptions() {
    }

    static List<Option> of(List<EventGroupView> groups) {
        return of(groups, null);
    }

    /** The choices, without {@code excluded} and its sub-groups (a group's possible parents). */
    static List<Option> of(List<EventGroupView> groups, Long excluded) {
        List<Option> options = new ArrayList<>();
        Map<Long, List<EventGroupView>> children = children(groups);
        for (EventGroupView root : roots(groups)) {
            add(options, root, children, 0, excluded);
        }
        return options;
    }

    static TreeNode<EventGroupView> tree(List<EventGroupView> groups) {
        TreeNode<EventGroupView> top = new DefaultTreeNode<>(null, null);
        Map<Long, List<EventGroupView>> children = children(groups);
        for (EventGroupView root : roots(groups)) {
            addNode(top, root, children);
        }
        return top;
    }

    private static List<EventGroupView> roots(List<EventGroupView> groups) {
        List<Long> ids = groups.stream().map(EventGroupView::id).toList();
        // a group whose parent is not in the list shows at the top rather than not at all
        return groups.stream().filter(g -> g.parentId() == null || !ids.contains(g.parentId())).toList();
    }

    private static Map<Long, List<EventGroupView>> children(List<EventGroupView> groups) {
        return groups.stream().filter(g -> g.parentId() != null).collect(Collectors.groupingBy(
                EventGroupView::parentId, Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(EventGroupView::startsOn,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(EventGroupView::code)).toList())));
    }

    private static void add(List<Option> options, EventGroupView group, Map<Long, List<EventGroupView>> children,
                            int depth, Long excluded) {
        if (Objects.equals(group.id(), excluded)) {
            return;
        }
        options.add(new Option(group.id(), "\u00a0\u00a0\u00a0".repeat(depth) + group.name() + " (" + group.code()
                + ")", depth));
        for (EventGroupView child : children.getOrDefault(group.id(), List.of())) {
            add(options, child, children, depth + 1, excluded);
        }
    }

    private static void addNode(TreeNode<EventGroupView> parent, EventGroupView group,
                                Map<Long, List<EventGroupView>> children) {
        TreeNode<EventGroupView> node = new DefaultTreeNode<>(group, parent);
        node.setExpanded(true);
        for (EventGroupView child : children.getOrDefault(group.id(), List.of())) {
            addNode(node, child, children);
        }
    }
}
