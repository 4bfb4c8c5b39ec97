package kehu.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html): bearer API tokens. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kehuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kehu 客户 REST API").version("v1")
                        .description("Obtain a token with POST /api/v1/auth/tokens {username, password, name} and send it as "
                                + "'Authorization: Bearer kehu_…'. Errors are application/problem+json with a localised "
                                + "'detail' and, for bad input, 'errors': [{field, message}]. Language: cookie kehu-lang=en or "
                                + "?lang=en (default Simplified Chinese)."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kehu_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
