package kehu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Kehu (客户): customer service, customer archives and the customer-manager system in one
 * modular application. Each direct sub-package is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "shared")
public class KehuApplication {

    public static void main(String[] args) {
        SpringApplication.run(KehuApplication.class, args);
    }
}
