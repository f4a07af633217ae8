package org.partnermatch.common;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds the standard success responses: 201 with Location and ETag, 200 with ETag, and paged lists with Link. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(id.toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).header("ETag", ETags.of(version)).build();
    }

    /** 201 for a resource created under another collection, e.g. a need created under its school. */
    public static <T> RestResponse<T> createdAt(UriInfo uri, String path, Object id, T body, long version) {
        URI location = uri.getBaseUriBuilder().path(path).path(id.toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).header("ETag", ETags.of(version)).build();
    }

    public static <T> RestResponse<T> tagged(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header("ETag", ETags.of(version)).build();
    }

    public static <P extends Paged> RestResponse<P> page(P page, UriInfo uri) {
        return page(page, uri, "page", "size", 0);
    }

    /**
     * A page with its Link and X-Total-Count headers, the links naming the page and its size with these parameters
     * and counting pages from {@code firstPage} (the HSDS export speaks HSDA: {@code page} from 1, {@code per_page}).
     */
    public static <P extends Paged> RestResponse<P> page(P page, UriInfo uri, String pageParam, String sizeParam,
                                                         int firstPage) {
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        java.util.function.BiFunction<Integer, String, String> link = (number, rel) -> {
            UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam(pageParam, number + firstPage)
                    .replaceQueryParam(sizeParam, page.size());
            return "<" + builder.build() + ">; rel=\"" + rel + "\"";
        };
        links.add(link.apply(0, "first"));
        if (page.page() > 0) {
            links.add(link.apply(Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link.apply(page.page() + 1, "next"));
        }
        links.add(link.apply(last, "last"));
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", String.join(", ", links))
                .header("X-Total-Count", page.totalItems())
                .build();
    }
}
