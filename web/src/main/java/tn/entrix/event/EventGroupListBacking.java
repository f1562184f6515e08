package tn.entrix.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.TreeNode;

/** The groups page: seasons, tournaments and festivals with their phases, as a tree. */
@Named
@ViewScoped
public class EventGroupListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventGroupService groups;

    private transient TreeNode<EventGroupView> tree;

    public TreeNode<EventGroupView> getTree() {
        if (tree == null) {
            tree = GroupOptions.tree(groups.list());
        }
        return tree;
    }

    public boolean isEmpty() {
        return getTree().getChildCount() == 0;
    }
}
