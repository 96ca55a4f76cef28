package io.passerelle.hub.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.passerelle.hub.ingress.HubIngress;
import io.passerelle.hub.ingress.InboundChange;
import io.passerelle.hub.testing.HubTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An operator finds what did not go through, over HTTP: messages by status, source system and type. */
@HubTest
@SuppressWarnings({"unchecked", "rawtypes"})
class MessageTrackingTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    HubIngress ingress;

    @Test
    void theMessagesThatDidNotGoThroughAreListedNewestFirstWithTheirReason() {
        String source = "tracking-" + UUID.randomUUID().toString().substring(0, 8);
        ingress.acceptAll(List.of(new InboundChange(source, "row:1", "TrackingProbe", "probe:1", List.of("probe:1"),
                Map.of("code", "1"))));
        ingress.refuse(source, "row:2", "TrackingProbe", "probe:2", List.of(), false, "GTIN check digit is wrong");
        ingress.refuse(source, "row:3", "TrackingProbe", "probe:3", List.of(), false, "description is missing");
        ingress.refuse(source, "row:4", "TrackingProbe", "probe:4", List.of(), true, "no unit-of-measure mapping for 'KRT'");
        ingress.refuse(source, "row:5", "OtherProbe", "probe:5", List.of(), false, "unreadable row");

        List<Map<String, Object>> rejected = operator().getForObject(
                "/api/messages?status=rejected&source=" + source + "&type=TrackingProbe", List.class);
        assertThat(rejected).extracting(m -> m.get("source_change_id")).containsExactly("row:3", "row:2");
        assertThat(rejected.get(0)).containsEntry("status", "REJECTED").containsEntry("error", "description is missing");
        assertThat((List<Map<String, Object>>) rejected.get(0).get("hops")).singleElement()
                .satisfies(hop -> assertThat(hop).containsEntry("step", "REJECTED"));

        assertThat(operator().getForObject("/api/messages?status=PARKED&source=" + source, List.class))
                .extracting(m -> ((Map) m).get("error")).containsExactly("no unit-of-measure mapping for 'KRT'");
        assertThat(operator().getForObject("/api/messages?status=REJECTED&source=" + source, List.class)).hasSize(3);
        assertThat(operator().getForObject("/api/messages?status=REJECTED&source=" + source + "&limit=1", List.class))
                .hasSize(1);
    }

    @Test
    void aListingSaysWhatItNeeds() {
        ResponseEntity<String> nothing = operator().getForEntity("/api/messages", String.class);
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody()).contains("key=<business key>", "status=PARKED|REJECTED|ACCEPTED");

        ResponseEntity<String> unknown = operator().getForEntity("/api/messages?status=LOST", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("status 'LOST' is not one of ACCEPTED, PARKED, REJECTED");

        assertThat(http.withBasicAuth("partner-r", "partner-test-password")
                .getForEntity("/api/messages?status=REJECTED", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "operator-test-password");
    }
}
