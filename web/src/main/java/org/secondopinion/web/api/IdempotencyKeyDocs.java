package org.secondopinion.web.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the {@code Idempotency-Key} header on every POST of the OpenAPI document, as {@link IdempotencyFilter}
 * takes it on every POST under {@code /api} (applied by {@link ProblemResponses}, the filter named in
 * {@code META-INF/microprofile-config.properties}).
 */
public class IdempotencyKeyDocs implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        Operation post = pathItem.getPOST();
        if (post != null && (post.getParameters() == null || post.getParameters().stream()
                .noneMatch(p -> IdempotencyFilter.HEADER.equals(p.getName())))) {
            post.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER).in(Parameter.In.HEADER)
                    .required(false).description(ApiDocs.IDEMPOTENCY_KEY)
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
        }
        return pathItem;
    }
}
