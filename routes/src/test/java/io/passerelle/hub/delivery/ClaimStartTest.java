package io.passerelle.hub.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimStartTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final List<String> SUBSCRIBERS = List.of("crm", "wms");

    @Test
    void claimsStartAfterWhatWasHandedALagAgoAndLookFromTheStartOncePerLag() {
        ClaimStart start = new ClaimStart(Duration.ofSeconds(1), 0);
        assertThat(start.after(SUBSCRIBERS, 0)).as("the first claim looks from the start")
                .isEqualTo(Map.of("crm", 0L, "wms", 0L));
        start.handed(List.of(entry(10, "crm"), entry(12, "crm"), entry(11, "wms")));
        assertThat(start.after(SUBSCRIBERS, SECOND / 2)).as("nothing handed a lag ago yet")
                .isEqualTo(Map.of("crm", 0L, "wms", 0L));

        assertThat(start.after(SUBSCRIBERS, SECOND)).as("a lag later: a look from the start")
                .isEqualTo(Map.of("crm", 0L, "wms", 0L));
        start.handed(List.of(entry(20, "crm")));
        assertThat(start.after(SUBSCRIBERS, SECOND + 1)).as("what was handed at the first look is still too recent")
                .isEqualTo(Map.of("crm", 0L, "wms", 0L));

        assertThat(start.after(SUBSCRIBERS, 2 * SECOND)).as("once per lag: from the start")
                .isEqualTo(Map.of("crm", 0L, "wms", 0L));
        assertThat(start.after(SUBSCRIBERS, 2 * SECOND + 1)).as("after what was handed one to two lags ago")
                .isEqualTo(Map.of("crm", 12L, "wms", 11L));
        assertThat(start.after(List.of("crm", "erp"), 2 * SECOND + 2)).as("a subscriber never handed anything")
                .isEqualTo(Map.of("crm", 12L, "erp", 0L));
    }

    private static OutboxEntry entry(long id, String subscriber) {
        return new OutboxEntry(id, UUID.randomUUID(), subscriber, "product:" + id, "Product", "{}", 0);
    }
}
