package tn.entrix.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import tn.entrix.identity.Role;

/** Batch jobs on demand, for the super administrator. */
@Path("jobs")
@ApplicationScoped
@Tag(name = "Batch jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobService jobs;

    @POST
    @Path("{job}")
    @Allowed(Role.Names.SUPERADMIN)
    @Operation(summary = "Start a job now (e.g. audit-retention with {\"retention\": \"P365D\"})")
    @APIResponse(responseCode = "202", description = "Started; poll the execution")
    @APIResponse(responseCode = "404", description = "No such job (JOB_NOT_FOUND)")
    @ResponseView(JobService.JobExecutionView.class)
    public Response start(@PathParam("job") String job, Map<String, String> parameters) {
        return Response.accepted(jobs.start(job, parameters == null ? Map.of() : parameters)).build();
    }

    @GET
    @Path("executions/{id}")
    @Allowed(Role.Names.SUPERADMIN)
    @Operation(summary = "The status of a job execution")
    public JobService.JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }
}
