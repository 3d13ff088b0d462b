package kefu.service;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A store's day of callbacks: the day they were made and when the first was recorded. */
@NamedInterface("callback-days")
public record CallbackDay(String storeCode, LocalDate day, Instant firstRecordedAt) {}
