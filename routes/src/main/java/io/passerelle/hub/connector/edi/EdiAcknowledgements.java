package io.passerelle.hub.connector.edi;

import io.passerelle.hub.system.EdiPartnerProfile;
import io.passerelle.mappings.edi.ack.ContrlWriter;
import io.passerelle.mappings.edi.ack.InterchangeAcknowledgement;
import io.passerelle.mappings.edi.ack.X12AcknowledgementWriter;
import io.passerelle.mappings.edi.outbound.OutboundEnvelope;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the partner the acknowledgement of an interchange it sent: a CONTRL for EDIFACT, a 997 or 999 for
 * X12 — positive, or negative with the segment position and element of each error — and records it as an
 * outbound interchange that acknowledges the inbound one.
 */
@Component
public class EdiAcknowledgements {

    private final EdiPartners partners;
    private final EdiControlNumbers numbers;
    private final EdiInterchanges interchanges;
    private final EdiUploads uploads;
    private final TransactionTemplate transaction;
    private final ContrlWriter contrl;
    private final X12AcknowledgementWriter x12;

    public EdiAcknowledgements(EdiPartners partners, EdiControlNumbers numbers, EdiInterchanges interchanges,
                               EdiUploads uploads, TransactionTemplate transaction) {
        this.partners = partners;
        this.numbers = numbers;
        this.interchanges = interchanges;
        this.uploads = uploads;
        this.transaction = transaction;
        this.contrl = new ContrlWriter(partners.schemas());
        this.x12 = new X12AcknowledgementWriter(partners.schemas());
    }

    /** @return the file name written in the partner's outbox */
    public String send(String partner, InterchangeAcknowledgement acknowledgement, long inboundId) {
        EdiPartnerProfile profile = partners.profile(partner);
        long number = numbers.next(partner);
        OutboundEnvelope envelope = partners.envelope(partner, number);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type;
        if (profile.standard() == EdiPartnerProfile.Standard.X12) {
            x12.write(acknowledgement, envelope, out);
            type = profile.version().startsWith("005") ? "999" : "997";
        } else {
            contrl.write(acknowledgement, envelope, out);
            type = "CONTRL";
        }
        String fileName = EdiUploads.fileName(type, envelope.senderId(), envelope.interchangeControlNumber());
        uploads.upload(partners.all().get(partner).folder(), fileName, out.toByteArray());
        transaction.executeWithoutResult(status -> interchanges.sent(partner, fileName, profile.standard().name(),
                envelope.senderId(), envelope.receiverId(), envelope.interchangeControlNumber(),
                type + (acknowledgement.positive() ? " (positive)" : " (negative)"), 1, inboundId));
        return fileName;
    }
}
