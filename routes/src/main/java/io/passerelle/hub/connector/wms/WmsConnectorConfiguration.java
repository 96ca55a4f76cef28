package io.passerelle.hub.connector.wms;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.mappings.wms.WmsFileTranslator;
import io.passerelle.mappings.xref.CodeTranslator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The WMS connector wired on the hub: one inbound route per declared wms-sftp system. */
@Configuration(proxyBeanMethods = false)
public class WmsConnectorConfiguration {

    @Bean
    WmsFileTranslator wmsFileTranslator(CodeTranslator codes) {
        return new WmsFileTranslator(codes);
    }

    /** Routes are added before Camel starts, so the supervising route controller starts and watches them too. */
    @Bean
    CamelContextConfiguration wmsInboundRoutes(ConnectedSystems systems, WmsFileIntake intake, ProducerTemplate producer) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                systems.systems().forEach((name, declaration) -> {
                    if (declaration.type() == ConnectorType.WMS_SFTP) {
                        intake.registerReplay(name, systems);
                        try {
                            camel.addRoutes(new WmsInboundRoute(name, declaration, intake, producer));
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot build the inbound route of WMS system " + name, e);
                        }
                    }
                });
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                // nothing to do once started: the supervising route controller runs the routes
            }
        };
    }
}
