package org.partnermatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partnermatch.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Test
    void loadsOncePerDatabase() {
        // the suite's database got the demo directory at start; a second load is a no-op, not a duplicate
        assertThat(loader.load()).isFalse();
        anonymous().queryParam("q", "Aki Kurose").get("/api/v1/schools").then().body("totalItems", equalTo(1));
    }

    @Test
    void namedPartnersArePresent() {
        for (String name : new String[] {"Chinese Information Service Center", "City Year Seattle",
                "Communities In Schools of Seattle", "Madrona Family Resource Center", "Operation School Bell",
                "Totem Star Records", "WestSide Baby"}) {
            anonymous().queryParam("q", name).get("/api/v1/organizations").then().statusCode(200)
                    .body("items[0].name", org.hamcrest.Matchers.startsWith(name));
        }
    }
}
