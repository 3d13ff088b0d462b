package kefu.organization;

import java.time.LocalDate;

/**
 * An employee's hiring (and leaving) day and the level their pay history records on a day, with the
 * day that level's line began.
 */
public record Tenure(
    String employeeCode, LocalDate hiredOn, LocalDate leftOn, Level level, LocalDate levelFrom) {}
