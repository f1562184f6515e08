package tn.entrix.identity;

import tn.entrix.platform.Allowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.platform.RequiredBody;
import tn.entrix.platform.ResponseView;

/** The rule table of automatic group/role assignment by purchase type (applied by the selling module). */
@Path("assignment-rules")
@ApplicationScoped
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentRulesResource {

    @Inject
    AssignmentService assignments;

    @GET
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Every assignment rule")
    public List<AssignmentRuleView> list() {
        return assignments.list();
    }

    @POST
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Add a rule: purchase type → group (code may use {season}, {event}) and/or the USER role")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "422", description = "RULE_TARGET_MISSING, RULE_ROLE_FORBIDDEN")
    @ResponseView(AssignmentRuleView.class)
    public Response create(@Valid @RequiredBody AssignmentRuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(assignments.create(request)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Edit a rule")
    public AssignmentRuleView update(@PathParam("id") long id, @Valid @RequiredBody AssignmentRuleRequest request) {
        return assignments.update(id, request);
    }

    @DELETE
    @Path("{id}")
    @Allowed(Role.Names.ADMIN)
    @Operation(summary = "Delete a rule")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        assignments.delete(id);
    }
}
