package io.passerelle.hub.xref;

import io.passerelle.mappings.xref.CodeTranslator;
import io.passerelle.mappings.xref.ConversionTables;
import io.passerelle.mappings.xref.MappingCsv;
import io.passerelle.mappings.xref.ParkingLot;
import io.passerelle.mappings.xref.PlannerStatistics;
import io.passerelle.mappings.xref.UnmappedCodeInbox;
import io.passerelle.mappings.xref.XrefChangeListener;
import io.passerelle.mappings.xref.XrefDomains;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The conversion-table engine of mappings/, wired on the hub's database and configuration. */
@Configuration(proxyBeanMethods = false)
public class XrefConfiguration {

    @Bean
    XrefDomains xrefDomains(XrefProperties properties) {
        return new XrefDomains(properties.toDomains());
    }

    @Bean
    @DependsOnDatabaseInitialization
    ConversionTables conversionTables(XrefDomains domains, DataSource dataSource,
                                      PlatformTransactionManager transactionManager) {
        return new ConversionTables(domains, dataSource, transactionManager);
    }

    @Bean
    PlannerStatistics plannerStatistics(ConversionTables tables) {
        return tables.plannerStatistics();
    }

    @Bean
    UnmappedCodeInbox unmappedCodeInbox(ConversionTables tables) {
        return new UnmappedCodeInbox(tables);
    }

    @Bean
    CodeTranslator codeTranslator(ConversionTables tables, UnmappedCodeInbox inbox) {
        return new CodeTranslator(tables, inbox);
    }

    @Bean(destroyMethod = "close")
    ParkingLot parkingLot(ConversionTables tables, UnmappedCodeInbox inbox) {
        return new ParkingLot(tables, inbox);
    }

    @Bean
    MappingCsv mappingCsv(ConversionTables tables) {
        return new MappingCsv(tables);
    }

    @Bean(initMethod = "load")
    XrefSeed xrefSeed(XrefProperties properties, ConversionTables tables, MappingCsv csv) {
        return new XrefSeed(properties.seedDirectory(), tables, csv);
    }

    /** Other hub instances' changes reach this instance's cache through PostgreSQL notifications. */
    @Bean(initMethod = "start", destroyMethod = "close")
    XrefChangeListener xrefChangeListener(DataSource dataSource, ConversionTables tables) {
        return new XrefChangeListener(dataSource, tables::changeAnnounced, tables::reloadAll);
    }
}
