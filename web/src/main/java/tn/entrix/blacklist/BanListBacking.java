package tn.entrix.blacklist;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;

/**
 * The blacklist page ({@code console/bans/list.xhtml}): bans newest first, filtered by state (in force by default),
 * source, scope and a username or CIN; lifting one with its reason.
 */
@Named
@ViewScoped
public class BanListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "bans:table";

    /** The state filter's values: in force now, no longer (or not yet) in force, all. */
    public enum State {
        ACTIVE, INACTIVE, ALL
    }

    @Inject
    BlacklistService blacklist;

    private State state = State.ACTIVE;
    private BanSource source;
    private BanScope scope;
    private String text;

    // the ban being lifted, and why
    private BanView lifting;
    private String liftReason;

    private final LazyDataModel<BanView> model = new Bans();

    public void search() {
        ConsolePages.firstPage(TABLE);
    }

    public void startLift(BanView ban) {
        lifting = ban;
        liftReason = null;
    }

    public void lift() {
        if (lifting == null) {
            return;
        }
        if (liftReason == null || liftReason.isBlank()) {
            ConsoleMessages.fieldError("liftForm:liftReason", ConsoleMessages.text("ban.lift.reasonRequired"));
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
            return;
        }
        try {
            blacklist.lift(lifting.id(), new LiftRequest(liftReason));
            ConsoleMessages.info("ban.lifted", lifting.id());
            lifting = null;
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
    }

    BanFilter filter() {
        Boolean active = switch (state == null ? State.ALL : state) {
            case ACTIVE -> Boolean.TRUE;
            case INACTIVE -> Boolean.FALSE;
            case ALL -> null;
        };
        return new BanFilter(active, null, null, null, source, scope, text);
    }

    public State[] getStates() {
        return State.values();
    }

    public BanSource[] getSources() {
        return BanSource.values();
    }

    public BanScope[] getScopes() {
        return BanScope.values();
    }

    public LazyDataModel<BanView> getModel() {
        return model;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public BanSource getSource() {
        return source;
    }

    public void setSource(BanSource source) {
        this.source = source;
    }

    public BanScope getScope() {
        return scope;
    }

    public void setScope(BanScope scope) {
        this.scope = scope;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BanView getLifting() {
        return lifting;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }

    private class Bans extends LazyDataModel<BanView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) blacklist.list(filter(), 0, 1).total();
        }

        @Override
        public List<BanView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                  Map<String, FilterMeta> filters) {
            return blacklist.list(filter(), first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(BanView ban) {
            return String.valueOf(ban.id());
        }

        @Override
        public BanView getRowData(String rowKey) {
            return blacklist.find(Long.parseLong(rowKey));
        }
    }
}
