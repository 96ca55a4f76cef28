package io.passerelle.hub.connector.erp;

import io.passerelle.mappings.erp.ErpCustomerTranslator;
import io.passerelle.mappings.erp.ErpOrderLineTranslator;
import io.passerelle.mappings.erp.ErpProductTranslator;
import io.passerelle.mappings.erp.ErpStoppageTranslator;
import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ERP translators of mappings/, wired on the hub's conversion tables. */
@Configuration(proxyBeanMethods = false)
public class ErpConfiguration {

    @Bean
    ErpProductTranslator erpProductTranslator(CodeTranslator codes) {
        return new ErpProductTranslator(codes);
    }

    @Bean
    ErpCustomerTranslator erpCustomerTranslator(CodeTranslator codes, ConversionTables tables) {
        return new ErpCustomerTranslator(codes, tables.cache());
    }

    @Bean
    ErpOrderLineTranslator erpOrderLineTranslator(CodeTranslator codes) {
        return new ErpOrderLineTranslator(codes);
    }

    @Bean
    ErpStoppageTranslator erpStoppageTranslator(CodeTranslator codes) {
        return new ErpStoppageTranslator(codes);
    }
}
