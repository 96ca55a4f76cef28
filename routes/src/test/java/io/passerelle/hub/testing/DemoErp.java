package io.passerelle.hub.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The demo ERP as tests declare it: system {@value #NAME}, its interface tables in the hub's own database
 * (schema {@code erp}, created by the demo migration), polled every 100 ms.
 */
public final class DemoErp {

    public static final String NAME = "erp";

    private DemoErp() {
    }

    /** Declares the ERP, receiving the message types named (none: it only publishes). */
    public static void declare(DynamicPropertyRegistry properties, String... receives) {
        String prefix = "passerelle.systems." + NAME + ".";
        properties.add(prefix + "type", () -> "erp-staging-tables");
        properties.add(prefix + "poll-interval", () -> "100ms");
        properties.add(prefix + "staging-tables.schema", () -> "erp");
        for (int i = 0; i < receives.length; i++) {
            String type = receives[i];
            properties.add(prefix + "receives[" + i + "]", () -> type);
        }
    }
}
