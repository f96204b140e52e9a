package io.kaiwu.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI document at {@code /v3/api-docs}: what the API is, and that it
 * takes bearer tokens from {@code POST /api/v1/auth/token} (Swagger UI's "Authorize" uses
 * it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	@Bean
	OpenAPI kaiwuOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Kaiwu (开物) REST API")
				.version("v1")
				.description("Conventions: docs/api.md. Get a token with POST /api/v1/auth/token, then send it as "
						+ "Authorization: Bearer <token>. Errors are RFC 9457 problem details.")
				.license(new License().name("See the repository")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
