package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page's Link header against what a UriBuilder per link makes. */
class ResponsesTest {

    private record Page(int page, int size, long totalItems, int totalPages) implements Paged {
    }

    /** Each link from its own builder, replacing the page and size parameters: the rule the header keeps. */
    private static String oneBuilderPerLink(URI request, Paged page, String pageParam, String sizeParam, int firstPage) {
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        java.util.function.BiFunction<Integer, String, String> link = (number, rel) -> "<"
                + UriBuilder.fromUri(request).replaceQueryParam(pageParam, number + firstPage)
                .replaceQueryParam(sizeParam, page.size()).build() + ">; rel=\"" + rel + "\"";
        links.add(link.apply(0, "first"));
        if (page.page() > 0) {
            links.add(link.apply(Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link.apply(page.page() + 1, "next"));
        }
        links.add(link.apply(last, "last"));
        return String.join(", ", links);
    }

    private static final String[] PARAMETERS = {"q=math+help", "q=ayuda%20con%20tareas", "q=caf%C3%A9", "page=3",
        "page=", "page", "size=20", "size=5", "per_page=10", "category=arts", "category=arts.music", "facets=true",
        "near=47.6%2C-122.3", "language=so", "sizes=2", "pages=1", "x=%26y%3D1", "empty=", "", "a=1"};

    @Test
    void theLinksAreWhatABuilderPerLinkMakes() {
        Random rnd = new Random(21);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder query = new StringBuilder();
            int count = rnd.nextInt(6);
            for (int p = 0; p < count; p++) {
                query.append(p == 0 ? "" : "&").append(PARAMETERS[rnd.nextInt(PARAMETERS.length)]);
            }
            String path = rnd.nextBoolean() ? "/api/v1/offerings" : "/api/v1/exports/hsds/services";
            URI request = URI.create("http://localhost:8081" + path + (count == 0 && rnd.nextBoolean() ? ""
                    : "?" + query));
            int totalPages = rnd.nextInt(5);
            Paged page = new Page(rnd.nextInt(totalPages + 2), 1 + rnd.nextInt(50), totalPages * 10L, totalPages);
            boolean hsda = rnd.nextBoolean();
            String pageParam = "page";
            String sizeParam = hsda ? "per_page" : "size";
            int firstPage = hsda ? 1 : 0;
            assertThat(Responses.links(request, page, pageParam, sizeParam, firstPage))
                    .as("%s, page %d of %d", request, page.page(), totalPages)
                    .isEqualTo(oneBuilderPerLink(request, page, pageParam, sizeParam, firstPage));
        }
    }
}
