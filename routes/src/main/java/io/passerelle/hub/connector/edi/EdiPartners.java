package io.passerelle.hub.connector.edi;

import io.passerelle.hub.system.ConnectedSystems;
import io.passerelle.hub.system.ConnectorType;
import io.passerelle.hub.system.EdiPartnerProfile;
import io.passerelle.hub.system.FtpFolder;
import io.passerelle.hub.system.SystemDeclaration;
import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.inbound.InboundTranslators;
import io.passerelle.mappings.edi.inbound.TradingPartner;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import io.passerelle.mappings.edi.read.InboundEdi;
import io.passerelle.mappings.edi.schema.MessageSchemas;
import io.passerelle.mappings.xref.CodeTranslator;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The trading partners declared (systems of type edi-partner) and what the gateway needs per partner: its
 * reader, set to its codes, and the envelope of what we send it. Schemas are loaded once for all.
 */
@Component
public class EdiPartners {

    private static final Logger log = LoggerFactory.getLogger(EdiPartners.class);
    private final Map<String, SystemDeclaration> partners = new LinkedHashMap<>();
    private final Map<String, InboundEdi> readers = new LinkedHashMap<>();
    private final MessageSchemas schemas = new MessageSchemas();

    public EdiPartners(ConnectedSystems systems, CodeTranslator codes, EdiSettings settings) {
        systems.systems().forEach((name, system) -> {
            if (system.type() == ConnectorType.EDI_PARTNER) {
                partners.put(name, system);
                if (system.folder() instanceof FtpFolder ftp && !ftp.secure()) {
                    // Said at every start, so that plain FTP stays a known, visible exception.
                    log.warn("EDI partner {} exchanges over plain FTP ({}): its password and every file cross the"
                            + " network unencrypted; use tls: explicit (FTPS) or SFTP as soon as the partner offers it",
                            name, ftp.location());
                }
            }
        });
        // A party carrying one of our own GLNs is us, never a customer to translate.
        List<String> ownGlns = partners.values().stream().map(p -> p.edi().ourGln()).distinct().toList();
        InboundTranslators translators = InboundTranslators.standard();
        partners.forEach((name, system) -> {
            TradingPartner partner = new TradingPartner(name, system.edi().articleSystem(), system.edi().defaultCurrency());
            readers.put(name, new InboundEdi(schemas, translators, interchange -> partner, codes, ownGlns,
                    settings.readOptions()));
        });
    }

    public Map<String, SystemDeclaration> all() {
        return partners;
    }

    public EdiPartnerProfile profile(String partner) {
        return partners.get(partner).edi();
    }

    public InboundEdi reader(String partner) {
        return readers.get(partner);
    }

    public MessageSchemas schemas() {
        return schemas;
    }

    /**
     * The envelope of an interchange to the partner. EDIFACT: UNB from our interchange id to its, in its
     * syntax level and directory; X12: ISA/GS with the same number as interchange and group control number
     * (its 997 acknowledges the group, so the number finds the interchange again).
     */
    public OutboundEnvelope envelope(String partner, long controlNumber) {
        EdiPartnerProfile profile = profile(partner);
        LocalDateTime now = LocalDateTime.now();
        if (profile.standard() == EdiPartnerProfile.Standard.X12) {
            String number = String.format("%09d", controlNumber % 1_000_000_000L);
            return OutboundEnvelope.x12(profile.release(), profile.interchangeQualifier(), profile.ourInterchangeId(),
                    profile.interchangeQualifier(), profile.interchangeId(), number, String.valueOf(controlNumber),
                    "0001", now, false);
        }
        return OutboundEnvelope.eancom(profile.ourInterchangeId(), profile.interchangeId(), String.valueOf(controlNumber),
                        String.valueOf(controlNumber), now, false)
                .withDirectory(profile.release()).withSyntax(profile.syntax() + ":3");
    }

    public static EdiStandard standard(EdiPartnerProfile profile) {
        return profile.standard() == EdiPartnerProfile.Standard.X12 ? EdiStandard.X12 : EdiStandard.EDIFACT;
    }
}
