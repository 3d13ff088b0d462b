package kefu.organization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable facts of an employee, validated before they reach {@link Employee}. */
record EmployeeDetails(
    String code,
    String name,
    LocalDate hiredOn,
    LocalDate leftOn,
    Level level,
    BigDecimal baseSalary,
    String phone,
    String email) {}
