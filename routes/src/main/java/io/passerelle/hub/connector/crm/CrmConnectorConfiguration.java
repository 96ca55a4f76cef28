package io.passerelle.hub.connector.crm;

import io.passerelle.canonical.validation.CanonicalValidator;
import io.passerelle.hub.events.EventSettings;
import io.passerelle.mappings.crm.CrmAccountTranslator;
import io.passerelle.mappings.crm.CrmAlertWriter;
import io.passerelle.mappings.crm.CrmProductEventTranslator;
import io.passerelle.mappings.crm.CrmProductWriter;
import io.passerelle.mappings.crm.CrmPromotionTranslator;
import io.passerelle.mappings.crm.ProductHistory;
import io.passerelle.mappings.crm.PromotionHistory;
import io.passerelle.mappings.xref.CodeTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRM translators of mappings/, on the hub's conversion tables. */
@Configuration(proxyBeanMethods = false)
public class CrmConnectorConfiguration {

    @Bean
    CrmAccountTranslator crmAccountTranslator(CodeTranslator codes) {
        return new CrmAccountTranslator(codes, new CanonicalValidator());
    }

    @Bean
    CrmProductEventTranslator crmProductEventTranslator(CodeTranslator codes, ProductHistory products,
                                                        EventSettings settings) {
        return new CrmProductEventTranslator(codes, products, settings.zone());
    }

    @Bean
    CrmPromotionTranslator crmPromotionTranslator(CodeTranslator codes, PromotionHistory promotions) {
        return new CrmPromotionTranslator(codes, promotions, new CanonicalValidator());
    }

    @Bean
    CrmProductWriter crmProductWriter(CodeTranslator codes) {
        return new CrmProductWriter(codes, new CanonicalValidator());
    }

    @Bean
    CrmAlertWriter crmAlertWriter(CodeTranslator codes) {
        return new CrmAlertWriter(codes, new CanonicalValidator());
    }
}
