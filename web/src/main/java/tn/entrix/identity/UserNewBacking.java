package tn.entrix.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tn.entrix.platform.ConsoleMessages;
import tn.entrix.platform.EntrixException;
import tn.entrix.platform.FormValidation;

/** A staff account created with its roles ({@code console/users/new.xhtml}); only a SUPERADMIN gives ADMIN. */
@Named
@ViewScoped
public class UserNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "userForm";
    static final Map<String, String> FIELDS = Map.of("username", "username", "email", "email",
            "displayName", "displayName", "password", "password", "roles", "roles");

    @Inject
    UserService users;

    @Inject
    FormValidation validation;

    private String username;
    private String email;
    private String displayName;
    private String password;
    private List<String> roles = List.of();

    public String create() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(r -> chosen.add(Role.valueOf(r)));
        }
        NewUserRequest request = new NewUserRequest(username, email, displayName, password, chosen);
        if (!validation.check(request, FORM, FIELDS)) {
            return null;
        }
        try {
            UserView created = users.createBy(FacesCaller.roles(), request);
            ConsoleMessages.info("user.created", created.username());
            ConsoleMessages.keepForRedirect();
            return "/console/users/user?faces-redirect=true&id=" + created.id();
        } catch (EntrixException e) {
            ConsoleMessages.error(FORM, e, FIELDS);
            return null;
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
