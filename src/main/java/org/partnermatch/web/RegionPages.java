package org.partnermatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.partnermatch.common.ProblemException;
import org.partnermatch.common.QueryParams;
import org.partnermatch.region.Region;
import org.partnermatch.region.RegionDtos.RegionRequest;
import org.partnermatch.region.RegionDtos.RegionResponse;
import org.partnermatch.region.RegionService;
import org.partnermatch.security.Roles;

/**
 * District staff keep the district's regions: the names schools and organizations pick from, and the ZIP codes
 * that give a school without a region its region. A region still in use cannot be deleted (the page says by whom).
 */
@Path("/district/regions")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Roles.DISTRICT)
public class RegionPages {

    private final Pages pages;
    private final WebSession session;
    private final Validator validator;
    private final RegionService regions;

    @CheckedTemplate(basePath = "web")
    static class Templates {

        static native TemplateInstance regions(List<RegionResponse> regions, FormView form, String notice);

        static native TemplateInstance region(RegionResponse region, FormView form);
    }

    public RegionPages(Pages pages, WebSession session, Validator validator, RegionService regions) {
        this.pages = pages;
        this.session = session;
        this.validator = validator;
        this.regions = regions;
    }

    @GET
    public TemplateInstance regions(@QueryParam("added") String added, @QueryParam("saved") String saved,
                                    @QueryParam("deleted") String deleted) {
        DistrictMessages words = session.language().district();
        String notice = added != null ? words.region_added(added)
                : saved != null ? words.region_saved(saved)
                : deleted != null ? words.region_deleted(deleted) : null;
        return listPage(FormView.empty(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        return form.writeOrRedisplay(validator, request(form),
                valid -> Pages.seeOther("/district/regions?added=" + encode(regions.create(valid).name)),
                view -> listPage(view, null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance region(@PathParam("id") String id) {
        Region region = regions.get(QueryParams.id("id", id));
        return editPage(region, stored(region, FormView.empty()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID regionId = QueryParams.id("id", id);
        return form.writeOrRedisplay(validator, request(form),
                valid -> Pages.seeOther("/district/regions?saved="
                        + encode(regions.update(regionId, valid, form.ifMatch()).name)),
                view -> editPage(regions.get(regionId), view));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> values) {
        WebForm form = WebForm.posted(values, session);
        UUID regionId = QueryParams.id("id", id);
        Region region = regions.get(regionId);
        String name = region.name;
        try {
            regions.delete(regionId);
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            form.reject(e);
            return Response.status(409).entity(editPage(region, stored(region, FormView.of(form))).render()).build();
        }
        return Pages.seeOther("/district/regions?deleted=" + encode(name));
    }

    private TemplateInstance listPage(FormView form, String notice) {
        return pages.page(Templates.regions(regions.list(), form, notice), session.language().district().regions_title());
    }

    /** The region as stored, in the edit form's fields. */
    private static FormView stored(Region region, FormView view) {
        RegionResponse r = RegionResponse.from(region);
        return view.set("name", r.name()).set("zipCodes", String.join(", ", r.zipCodes())).set("version", r.version());
    }

    private TemplateInstance editPage(Region region, FormView form) {
        return pages.page(Templates.region(RegionResponse.from(region), form),
                session.language().district().region_title(region.name));
    }

    /**
     * ZIP codes as people list them: separated by commas, spaces or new lines. One that is not five digits is named
     * by its value at the field (the API names it by its place in the list).
     */
    private static RegionRequest request(WebForm form) {
        String zips = form.text("zipCodes");
        List<String> zipCodes = zips == null ? List.of()
                : Arrays.stream(zips.split("[,;\\s]+")).filter(z -> !z.isBlank()).toList();
        List<String> malformed = zipCodes.stream().filter(z -> !z.matches("[0-9]{5}")).toList();
        if (!malformed.isEmpty()) {
            form.error("zipCodes", "not a five-digit ZIP code: " + String.join(", ", malformed));
        }
        return new RegionRequest(form.text("name"), zipCodes);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
