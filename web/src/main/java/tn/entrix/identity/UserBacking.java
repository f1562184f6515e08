package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.ConsolePages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.NotFoundException;
import tn.entrix.platform.TableExport;

/**
 * One user as staff see it ({@code console/users/user.xhtml?id=}): account and profile, roles granted and revoked,
 * groups, sessions, audit trail, suspension, GDPR export and erasure. The rules (who grants what, nobody changes
 * their own roles, the last SUPERADMIN) are the services'; a refusal is shown as their message.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessionService;

    @Inject
    GroupService groups;

    private Long id;
    private transient ProfileView account;
    private transient List<String> effectiveRoles;
    private transient List<UserGroupRef> groupList;
    private transient List<SessionView> sessions;
    private transient List<ActivityView> activity;

    public void load() {
        if (id == null) {
            ConsolePages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            ConsolePages.notFound();
        }
    }

    public void grant(Role role) {
        change(() -> users.grant(FacesCaller.name(), FacesCaller.roles(), id, role), "user.role.granted", role);
    }

    public void revoke(Role role) {
        change(() -> users.revoke(FacesCaller.name(), FacesCaller.roles(), id, role), "user.role.revoked", role);
    }

    public void lock() {
        change(() -> users.lock(FacesCaller.name(), id), "user.locked", null);
    }

    public void unlock() {
        change(() -> users.unlock(id), "user.unlocked", null);
    }

    public void endSessions() {
        change(() -> sessionService.revokeAllOf(id), "user.sessions.ended", null);
    }

    public StreamedContent getPersonalData() {
        PersonalData data = accounts.export(id);
        refresh(); // the export is audited: the trail shows it
        return TableExport.json(data, "entrix-personal-data-" + id + ".json");
    }

    /** SUPERADMIN only (the page shows the button to them only; the service is the REST one's rule). */
    public void erase() {
        if (!FacesCaller.roles().contains(Role.Names.SUPERADMIN)) {
            ConsoleMessages.error(null, ConsoleMessages.text("error.ROLE_GRANT_FORBIDDEN"));
            return;
        }
        change(() -> accounts.erase(id), "user.erased", null);
    }

    private void change(Runnable action, String done, Role role) {
        try {
            action.run();
            ConsoleMessages.info(done, getAccount().username(),
                    role == null ? "" : ConsoleMessages.text("role." + role));
        } catch (EntrixException e) {
            ConsoleMessages.error(null, e);
        }
        refresh();
    }

    private void refresh() {
        account = users.find(id);
        effectiveRoles = List.copyOf(users.effectiveRoles(account.username()));
        groupList = groups.groupsOf(id);
        sessions = sessionService.list(id, null);
        activity = accounts.activityOf(id, 200);
    }

    public boolean has(Role role) {
        return getAccount().roles().contains(role);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProfileView getAccount() {
        if (account == null) {
            refresh();
        }
        return account;
    }

    public List<String> getEffectiveRoles() {
        getAccount();
        return effectiveRoles;
    }

    public List<UserGroupRef> getGroups() {
        getAccount();
        return groupList;
    }

    public List<SessionView> getSessions() {
        getAccount();
        return sessions;
    }

    public List<ActivityView> getActivity() {
        getAccount();
        return activity;
    }
}
