package org.partnermatch.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A form post without a valid CSRF token: an HTML page saying nothing was changed. */
public class WebErrorMappers {

    private final Pages pages;

    public WebErrorMappers(Pages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response formRejected(WebSession.WebFormRejected e) {
        return pages.formRejected();
    }
}
