package tn.entrix.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure of the REST API becomes a problem document (see {@link Problems}). */
@Provider
public class ThrowableProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        return Problems.from(failure, uri.getRequestUri().getPath()).toResponse();
    }
}
