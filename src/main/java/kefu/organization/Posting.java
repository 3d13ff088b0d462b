package kefu.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One post held, flattened for set-based reading by the month close. */
public record Posting(
    String employeeCode,
    String storeCode,
    String position,
    LocalDate from,
    LocalDate to,
    BigDecimal baseSalary) {}
