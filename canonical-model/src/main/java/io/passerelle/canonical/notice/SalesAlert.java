package io.passerelle.canonical.notice;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One account hit by a boundary event, for the sales team that owns it: which of its orders move and to
 * when. One alert per account and event, so a salesperson gets one task to call one customer.
 *
 * @param alertId  stable for an event and an account: a redelivered alert updates the same CRM task
 * @param dueDate  when sales should have acted: before the earliest promise that is about to be missed
 */
@JsonClassDescription("An alert for the sales team of one account hit by a boundary event, naming its orders.")
public record SalesAlert(
        @NotBlank String alertId,
        @NotBlank String eventType,
        @NotBlank String customerId,
        @NotBlank String subject,
        @NotBlank String text,
        @NotNull LocalDate dueDate,
        List<@NotNull @Valid AffectedOrderLine> orders) {

    public SalesAlert {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
