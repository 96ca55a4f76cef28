package io.passerelle.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Passerelle hub: Camel routes between CRM, ERP, WMS and EDI partners, on one canonical model. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PasserelleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PasserelleApplication.class, args);
    }
}
