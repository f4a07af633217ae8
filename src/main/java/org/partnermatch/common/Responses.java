package org.partnermatch.common;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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
        return RestResponse.ResponseBuilder.ok(page)
                .header("Link", links(uri.getRequestUri(), page, pageParam, sizeParam, firstPage))
                .header("X-Total-Count", page.totalItems())
                .build();
    }

    /**
     * The Link header's value: first, prev (when there is one), next (when there is one) and last, each the request's
     * URI with {@code pageParam} and {@code sizeParam} set as {@link UriBuilder#replaceQueryParam} sets them (every
     * earlier one removed, the two added last, in that order). The URI's other parts are built once rather than by a
     * builder per link (a quarter of the parsing); a test holds the two ways together.
     */
    static String links(URI request, Paged page, String pageParam, String sizeParam, int firstPage) {
        StringBuilder prefix = new StringBuilder("<").append(UriBuilder.fromUri(request).replaceQuery(null).build())
                .append('?');
        String query = request.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String param : query.split("&")) {
                int equals = param.indexOf('=');
                String name = equals < 0 ? param : param.substring(0, equals);
                if (!name.equals(pageParam) && !name.equals(sizeParam)) {
                    prefix.append(param).append('&');
                }
            }
        }
        prefix.append(pageParam).append('=');
        String middle = "&" + sizeParam + "=" + page.size() + ">; rel=\"";
        int last = Math.max(page.totalPages() - 1, 0);
        StringBuilder links = new StringBuilder(4 * (prefix.length() + middle.length() + 20));
        link(links, prefix, firstPage, middle, "first");
        if (page.page() > 0) {
            link(links, prefix, Math.min(page.page() - 1, last) + firstPage, middle, "prev");
        }
        if (page.page() < last) {
            link(links, prefix, page.page() + 1 + firstPage, middle, "next");
        }
        link(links, prefix, last + firstPage, middle, "last");
        return links.toString();
    }

    private static void link(StringBuilder links, CharSequence prefix, int number, String middle, String rel) {
        if (links.length() > 0) {
            links.append(", ");
        }
        links.append(prefix).append(number).append(middle).append(rel).append('"');
    }
}
