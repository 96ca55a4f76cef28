package io.passerelle.hub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

/** Trading partners as an IT team declares them: the examples shipped in config/partners.yml bind, mistakes are named. */
class EdiPartnerDeclarationTest {

    @Test
    void theShippedSftpAndFtpsExamplesBind() throws IOException {
        ConnectedSystems systems = bind(shippedPartnerExamples());

        SystemDeclaration retailer = systems.find("retailer-r").orElseThrow();
        assertThat(retailer.folder()).isInstanceOf(SftpFolder.class);
        assertThat(retailer.folder().location()).isEqualTo("sftp://sftp.retailer-r.example:22");

        SystemDeclaration wholesaler = systems.find("wholesaler-w").orElseThrow();
        FtpFolder ftp = (FtpFolder) wholesaler.folder();
        assertThat(ftp.secure()).isTrue();
        assertThat(ftp.location()).isEqualTo("ftps://ftp.wholesaler-w.example:21");
        assertThat(ftp.passive()).isTrue();
        assertThat(ftp.completion()).isEqualTo(ExchangeFolder.Completion.DONE_FILE);
        assertThat(ftp.trustStore()).isEqualTo("config/wholesaler-w-ftps.p12");
        assertThat(wholesaler.edi().standard()).isEqualTo(EdiPartnerProfile.Standard.X12);
    }

    @Test
    void anFtpFolderIsFtpsUnlessToldAndPlainFtpMustBeAskedFor() throws IOException {
        ConnectedSystems systems = bind(partner("""
                      ftp:
                        host: ftp.example.com
                        username: passerelle
                        password: from-the-environment
                        inbox: in
                        outbox: out
                """) + "\n" + partner("""
                      ftp:
                        host: legacy.example.com
                        port: 2121
                        username: passerelle
                        password: from-the-environment
                        tls: none
                        passive: false
                        inbox: in
                        outbox: out
                """).replace("    partner:", "    legacy:").replace("passerelle:\n  systems:\n", ""));

        FtpFolder secure = (FtpFolder) systems.find("partner").orElseThrow().folder();
        assertThat(secure.location()).isEqualTo("ftps://ftp.example.com:21");
        assertThat(secure.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        FtpFolder plain = (FtpFolder) systems.find("legacy").orElseThrow().folder();
        assertThat(plain.secure()).isFalse();
        assertThat(plain.passive()).isFalse();
        assertThat(plain.location()).isEqualTo("ftp://legacy.example.com:2121");
    }

    @Test
    void mistakesStopTheStartWithTheirKey() {
        assertThatThrownBy(() -> bind(partner("""
                      ftp:
                        host: ftp.example.com
                        username: passerelle
                        tls: none
                        trust-store: config/partner.p12
                        inbox: in
                        outbox: out
                """))).rootCause().hasMessageContainingAll(
                "passerelle.systems.partner.ftp: a password is required (from the environment)",
                "passerelle.systems.partner.ftp.trust-store is only used with tls: explicit");
        assertThatThrownBy(() -> bind(partner("""
                      sftp:
                        host: sftp.example.com
                        username: passerelle
                        password: secret
                        known-hosts: config/known_hosts
                        inbox: in
                        outbox: out
                      ftp:
                        host: ftp.example.com
                        username: passerelle
                        password: secret
                        inbox: in
                        outbox: out
                """))).rootCause().hasMessageContaining(
                "passerelle.systems.partner: declare the partner's folders once, under sftp or under ftp, not both");
        assertThatThrownBy(() -> bind(partner(""))).rootCause().hasMessageContaining(
                "passerelle.systems.partner.sftp or passerelle.systems.partner.ftp is required for connector type"
                        + " edi-partner");
    }

    /** A partner named "partner" with the given folders block (indented under it). */
    private static String partner(String folders) {
        return """
                passerelle:
                  systems:
                    partner:
                      type: edi-partner
                      edi:
                        gln: "5412345000013"
                        our-gln: "4012345000009"
                        standard: EDIFACT
                        version: D96A
                """ + folders;
    }

    /** The commented partner blocks of config/partners.yml, uncommented. */
    private static String shippedPartnerExamples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("passerelle.config-dir"), "partners.yml"));
        List<String> block = new ArrayList<>();
        boolean inSystems = false;
        for (String line : lines) {
            inSystems |= line.equals("  systems:");
            if (inSystems && line.startsWith("    # ") && !line.trim().equals("#")) {
                block.add(line.replaceFirst("# ", ""));
            }
        }
        return "passerelle:\n  systems:\n" + String.join("\n", block);
    }

    private static ConnectedSystems bind(String yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("partners", new ByteArrayResource(yaml.getBytes()))
                .forEach(source -> environment.getPropertySources().addFirst(source));
        return new Binder(ConfigurationPropertySources.get(environment)).bind("passerelle", ConnectedSystems.class).get();
    }
}
