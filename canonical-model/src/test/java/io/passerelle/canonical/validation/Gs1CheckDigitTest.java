package io.passerelle.canonical.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.passerelle.canonical.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Gs1CheckDigitTest {

    /** Published GS1 / Wikipedia examples, computed independently of this code. */
    @ParameterizedTest
    @CsvSource({
        "9638507, 4",          // EAN-8 example
        "03600029145, 2",      // UPC-A example
        "400638133393, 1",     // EAN-13 example
        "1001234567890, 2",    // GTIN-14 example
        "541234500001, 3",     // retailer R's GLN
        "34006381000000001, 8" // our SSCC
    })
    void computesTheCheckDigitOfPublishedKeys(String dataDigits, int checkDigit) {
        assertThat(Gs1CheckDigit.compute(dataDigits)).isEqualTo(checkDigit);
        assertThat(Gs1CheckDigit.isValid(dataDigits + checkDigit)).isTrue();
        assertThat(Gs1CheckDigit.isValid(dataDigits + (checkDigit + 1) % 10)).isFalse();
    }

    @Test
    void theScenarioKeysAreRealGs1Keys() {
        assertThat(Gs1CheckDigit.append("541234500001")).isEqualTo(Scenario.RETAILER_R_GLN);
        assertThat(Gs1CheckDigit.append("400638100001")).isEqualTo(Scenario.OUR_GLN);
        assertThat(Gs1CheckDigit.append("400638133393")).isEqualTo(Scenario.PRODUCT_A_GTIN);
        assertThat(Gs1CheckDigit.append("400638133394")).isEqualTo(Scenario.PRODUCT_B_GTIN);
        assertThat(Gs1CheckDigit.append("1400638133393")).isEqualTo(Scenario.PRODUCT_A_CASE_GTIN);
        assertThat(Gs1CheckDigit.append("34006381000000001")).isEqualTo(Scenario.PALLET_SSCC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4", "١٢٣"})
    void refusesToComputeOverNonDigits(String notDigits) {
        assertThatThrownBy(() -> Gs1CheckDigit.compute(notDigits)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Gs1CheckDigit.isValid(notDigits)).isFalse();
    }
}
