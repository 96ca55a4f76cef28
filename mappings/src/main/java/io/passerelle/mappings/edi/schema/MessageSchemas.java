package io.passerelle.mappings.edi.schema;

import io.passerelle.mappings.edi.EdiStandard;
import io.passerelle.mappings.edi.MessageIdentifier;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks and loads the message schema for a UNH (type, version, release, association) or an ST (type,
 * with the version from ST03 or GS08).
 *
 * <p>The files under {@code io/passerelle/mappings/edi/schema/} are subsets written for StAEDI. One
 * EDIFACT file per directory family: {@code d96a} serves D.93A to D.99B (EANCOM 1997 and its
 * neighbours: the segments of the subset did not change in between), {@code d01b} serves D.00A and
 * later (EANCOM 2002). The association code (EAN008, EAN010...) names the EANCOM subset version; the
 * segments Passerelle reads are the same in all of them, so it does not change the choice. One X12 file
 * per transaction set serves 004010 up to 005010 and later: the subset declares the longer 005010
 * lengths, and 005010's additional trailing elements are carried loosely.
 *
 * <p>Schemas are loaded once and shared: StAEDI schemas are immutable once built. The XML is
 * Passerelle's own resource, parsed by StAEDI; no partner-supplied XML is ever parsed here.
 */
public final class MessageSchemas {

    private static final String FOLDER = "/io/passerelle/mappings/edi/schema/";
    private static final Pattern EDIFACT_RELEASE = Pattern.compile("(\\d\\d)([A-Z])");
    private static final Pattern X12_VERSION = Pattern.compile("(\\d{6}).*");
    private static final int FIRST_X12_VERSION = 4010;

    private final Map<String, Schema> loaded = new ConcurrentHashMap<>();

    public SchemaChoice choose(MessageIdentifier id) {
        MessageKind kind = MessageKind.of(id.standard(), id.type());
        if (kind == null) {
            return new SchemaChoice.NotSupported("message type " + id.type() + " is not among the "
                    + id.standard() + " messages Passerelle exchanges");
        }
        return id.standard() == EdiStandard.EDIFACT ? chooseEdifact(kind, id) : chooseX12(kind, id);
    }

    /** The schema of a message kind Passerelle writes, in the directory family of the given release. */
    public SelectedSchema forWriting(MessageKind kind, String versionOrRelease) {
        MessageIdentifier id = kind.standard() == EdiStandard.EDIFACT
                ? new MessageIdentifier(kind.standard(), kind.type(), "D", versionOrRelease, "UN", null)
                : new MessageIdentifier(kind.standard(), kind.type(), versionOrRelease, null, "X", null);
        SchemaChoice choice = choose(id);
        if (choice instanceof SchemaChoice.Found found) {
            return found.schema();
        }
        throw new IllegalArgumentException(((SchemaChoice.NotSupported) choice).reason());
    }

    private SchemaChoice chooseEdifact(MessageKind kind, MessageIdentifier id) {
        if (kind == MessageKind.CONTRL) {
            // CONTRL is a service message: its layout is set by the syntax version, not by a directory.
            return found(kind, "contrl.xml");
        }
        if (!"D".equals(id.version())) {
            return new SchemaChoice.NotSupported(id.type() + " version '" + id.version() + "' (UNH 0052) is not supported: "
                    + "Passerelle reads directory (D) messages");
        }
        Matcher release = EDIFACT_RELEASE.matcher(id.release());
        if (!release.matches()) {
            return new SchemaChoice.NotSupported(id.type() + " release '" + id.release() + "' (UNH 0054) is not a directory release such as 96A or 01B");
        }
        // Two-digit years: 93 to 99 are the 1990s directories, 00 onwards the 2000s ones.
        String family = Integer.parseInt(release.group(1)) >= 93 ? "d96a" : "d01b";
        return found(kind, kind.type().toLowerCase() + "-" + family + ".xml");
    }

    private SchemaChoice chooseX12(MessageKind kind, MessageIdentifier id) {
        Matcher version = X12_VERSION.matcher(id.version());
        if (!version.matches() || Integer.parseInt(version.group(1)) < FIRST_X12_VERSION) {
            return new SchemaChoice.NotSupported("X12 " + id.type() + " version '" + id.version()
                    + "' is not supported: Passerelle reads 004010 and later");
        }
        return found(kind, "x12-" + kind.type() + ".xml");
    }

    private SchemaChoice found(MessageKind kind, String resource) {
        return new SchemaChoice.Found(new SelectedSchema(kind, resource, loaded.computeIfAbsent(resource, MessageSchemas::load)));
    }

    private static Schema load(String resource) {
        try (InputStream in = MessageSchemas.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("EDI schema " + FOLDER + resource + " is missing from the classpath");
            }
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read EDI schema " + resource, e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("EDI schema " + resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
