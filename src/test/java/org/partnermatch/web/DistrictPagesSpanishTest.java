package org.partnermatch.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnermatch.support.Api;
import org.partnermatch.support.Tokens;

/**
 * The district staff's own pages and the numbers page in Spanish (DistrictMessages, district_es.properties): every
 * page reads in Spanish for a Spanish reader, English otherwise, and in English inside the layout of a language with
 * no district words yet.
 */
@QuarkusTest
class DistrictPagesSpanishTest {

    private static String page(String path, String language) {
        return given().cookie(WebCookies.SESSION, Tokens.district()).cookie("pm_lang", language).get(path).then()
                .statusCode(200).extract().asString();
    }

    @Test
    void theDistrictOverviewInSpanish() {
        String es = page("/district", "es");
        assertThat(es).contains("<html lang=\"es\">", "Resumen del distrito", "Organizaciones que esperan aprobación",
                "Cobertura y equidad", "Cobertura por grupo", "Cuartil 4 (mayor necesidad)", "Escuelas de Título I",
                "Planificar una asignación", "Calcular la asignación", "Bandeja de salida",
                "Proporción de necesidades abiertas con un socio", "Las escuelas y sus necesidades");
        assertThat(es).containsPattern("id=\"equity-headline\">(<strong>)?(Las escuelas de mayor necesidad|Hay muy pocas)");
        assertThat(es).doesNotContain("Coverage and equity", "Plan an allocation", "Quartile 4 (highest need)",
                "Organizations waiting for approval", "open needs have a partner");

        String en = page("/district", "en");
        assertThat(en).contains("District overview", "Coverage and equity", "Quartile 4 (highest need)",
                "Title I schools", "Plan an allocation");
        assertThat(en).containsPattern("id=\"equity-headline\">(<strong>)?(The highest-need schools|Too few open needs)");
    }

    @Test
    void anAllocationPlanInSpanish() {
        UUID school = Api.createSchool();
        Map<String, Object> plan = Map.of("schoolIds", List.of(school), "minScore", 0);
        String id = Api.district().body(plan).post("/api/v1/allocations").then().statusCode(201).extract().path("id");
        String es = page("/allocations/" + id, "es");
        assertThat(es).contains("Plan de asignación", "Este plan abarca", "todas las regiones", "Convertir este plan en solicitudes",
                "Enviar las solicitudes", "Volver al resumen del distrito", "1 escuela elegida");
        assertThat(es).doesNotContain("This plan covers", "Send the requests");
    }

    @Test
    void theAnnualReportRegionsOutboxAndNumbersInSpanish() {
        assertThat(page("/district/annual-report", "es")).contains("Colaboraciones del año escolar", "Año escolar",
                "Descargar como CSV", "El distrito", "Según la equidad de las escuelas", "Por escuela")
                .doesNotContain("Download as CSV", "By the schools' equity");
        assertThat(page("/district/regions", "es")).contains("Las regiones del distrito", "Agregar una región",
                "Códigos postales").doesNotContain("Add a region");
        assertThat(page("/district/outbox", "es")).contains("Bandeja de salida", "correos electrónicos, los más nuevos primero")
                .doesNotContain("newest first");
        String numbers = given().header("Accept-Language", "es").get("/about/numbers").then().statusCode(200)
                .extract().asString();
        assertThat(numbers).contains("Las cifras explicadas", "Ajuste (de 0 a 100)", "Índice de necesidad (de 0 a 100)",
                "al menos 5 necesidades abiertas", "Valor ponderado por equidad").doesNotContain("The numbers explained");
        assertThat(given().get("/about/numbers").then().statusCode(200).extract().asString())
                .contains("The numbers explained", "at least 5 open needs", "within 5 points");
    }

    @Test
    void aLanguageWithoutDistrictWordsReadsThemInEnglish() {
        String so = page("/district", "so");
        assertThat(so).contains("<html lang=\"so\">", "Coverage and equity", "Plan an allocation");
        assertThat(given().cookie("pm_lang", "vi").get("/about/numbers").then().statusCode(200).extract().asString())
                .contains("<html lang=\"vi\">", "The numbers explained");
    }
}
