package kefu.policy;

import java.math.BigDecimal;

/** An incident as someone wants to record it, before the ledger saves it. */
public record IncidentDraft(
    String type, String employeeCode, int quantity, Integer minutes, BigDecimal points) {}
