package org.partnermatch.matching;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.partnermatch.matching.core.MatchFactor;

/**
 * Declares the {@code weight.<factor>} query parameters of every operation that takes {@link MatchParams}, one per
 * factor of the registry ({@link MatchFactor}: its key, default weight and why), so the contract lists exactly the
 * factors the service reads. Runs once, at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class MatchWeightParameters implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> paths = pathsTakingMatchParams();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getOperations().get(PathItem.HttpMethod.GET);
            if (paths.contains(path) && get != null) {
                for (MatchFactor f : MatchFactor.values()) {
                    get.addParameter(parameter(f));
                }
            }
        });
    }

    /** The paths of {@link MatchResource}'s methods with a {@code @BeanParam MatchParams}. */
    static Set<String> pathsTakingMatchParams() {
        String base = MatchResource.class.getAnnotation(Path.class).value();
        Set<String> paths = new HashSet<>();
        for (Method m : MatchResource.class.getDeclaredMethods()) {
            Path path = m.getAnnotation(Path.class);
            for (Parameter p : m.getParameters()) {
                if (path != null && p.getType() == MatchParams.class && p.isAnnotationPresent(BeanParam.class)) {
                    paths.add(base + path.value());
                }
            }
        }
        return paths;
    }

    private static org.eclipse.microprofile.openapi.models.parameters.Parameter parameter(MatchFactor f) {
        String weight = number(f.defaultWeight()).toString();
        return OASFactory.createParameter()
                .name("weight." + f.key())
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                .description("Override this factor's weight for this request (a number ≥ 0; 0 ignores the factor). "
                        + "Default " + weight + ": " + f.why() + ".")
                .example(number(f.defaultWeight()))
                .schema(OASFactory.createSchema().addType(SchemaType.NUMBER).format("double")
                        .minimum(BigDecimal.ZERO).maximum(new BigDecimal(number(MatchParams.MAX_WEIGHT).toString())));
    }

    /** A whole number as such (3, not 3.0), as the contract writes numbers elsewhere. */
    private static Number number(double w) {
        return w == Math.rint(w) ? (Number) (long) w : (Number) w;
    }
}
