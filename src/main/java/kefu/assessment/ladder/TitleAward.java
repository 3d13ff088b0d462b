package kefu.assessment.ladder;

import java.time.LocalDate;

/** A title awarded to an employee on a day. */
public record TitleAward(String employeeCode, Title title, LocalDate awardedOn) {}
