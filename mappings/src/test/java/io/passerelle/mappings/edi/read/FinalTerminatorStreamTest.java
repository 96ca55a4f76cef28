package io.passerelle.mappings.edi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** With a 4-byte buffer, so that every behaviour crosses buffer refills. */
class FinalTerminatorStreamTest {

    @Test
    void aMissingLastTerminatorIsSuppliedOnceAndSaid() throws IOException {
        FinalTerminatorStream in = stream("UNZ+1+A'\nUNZ+1+B");
        assertThat(readAll(in)).isEqualTo("UNZ+1+A'\nUNZ+1+B'");
        assertThat(in.supplied()).isTrue();
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void whitespaceAfterTheLastTerminatorNeedsNothing() throws IOException {
        FinalTerminatorStream in = stream("UNZ+1+A'\r\n  \n");
        assertThat(readAll(in)).isEqualTo("UNZ+1+A'\r\n  \n");
        assertThat(in.supplied()).isFalse();
    }

    @Test
    void resetReturnsToTheMarkAcrossRefillsAndForgetsItPastItsLimit() throws IOException {
        FinalTerminatorStream in = stream("ABCDEFGHIJKL'");
        assertThat(in.markSupported()).isTrue();
        assertThat((char) in.read()).isEqualTo('A');
        in.mark(200);
        assertThat(new String(in.readNBytes(9), StandardCharsets.ISO_8859_1)).isEqualTo("BCDEFGHIJ");
        in.reset();
        assertThat(readAll(in)).isEqualTo("BCDEFGHIJKL'");

        FinalTerminatorStream limited = stream("ABCDEFGHIJKL'");
        limited.mark(2);
        limited.readNBytes(9);
        assertThatThrownBy(limited::reset).isInstanceOf(IOException.class);
    }

    @Test
    void bulkReadsAndSingleBytesMixAcrossRefills() throws IOException {
        FinalTerminatorStream in = stream("UNB+X'UNZ+1");
        byte[] three = new byte[3];
        assertThat(in.read(three, 0, 3)).isEqualTo(3);
        assertThat((char) in.read()).isEqualTo('+');
        assertThat(readAll(in)).isEqualTo("X'UNZ+1'");
    }

    private static FinalTerminatorStream stream(String text) {
        InputStream raw = new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
        return new FinalTerminatorStream(raw, '\'', 4);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            out.write(b);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
