package kefu.organization;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells API clients in the OpenAPI document how to authenticate: a personal token or Basic. */
@Configuration
class ApiDocsConfig {

  @Bean
  OpenAPI kefuApi() {
    return new OpenAPI()
        .info(new Info().title("Kefu API").version("v1"))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("kefu_<secret>")
                        .description(
                            "A personal API token from POST /api/v1/tokens or the account menu"))
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        // either scheme is enough: two requirements are alternatives
        .addSecurityItem(new SecurityRequirement().addList("token"))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
