package kefu.service.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the next person about complaints running late: for each level due (EscalationPlan) it
 * writes one row keyed by complaint, breach and level, and only the run whose insert succeeds sends
 * the e-mail (when SMTP is configured) — so any number of runs and nodes tell each level once,
 * without a lock. Runs every few minutes, and on demand with an explicit instant.
 */
@Component
class EscalationSweep {

  private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);
  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);
  private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private final ComplaintRepository complaints;
  private final SlaTerms terms;
  private final JdbcClient jdbc;
  private final Assignments assignments;
  private final Organization organization;
  private final GroupCalendar calendar;
  private final ObjectProvider<JavaMailSender> mail;
  private final MessageSource messages;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final String from;

  EscalationSweep(
      ComplaintRepository complaints,
      SlaTerms terms,
      JdbcClient jdbc,
      Assignments assignments,
      Organization organization,
      GroupCalendar calendar,
      ObjectProvider<JavaMailSender> mail,
      MessageSource messages,
      Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${kefu.mail.from:kefu@localhost}") String from) {
    this.complaints = complaints;
    this.terms = terms;
    this.jdbc = jdbc;
    this.assignments = assignments;
    this.organization = organization;
    this.calendar = calendar;
    this.mail = mail;
    this.messages = messages;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.from = from;
  }

  /** One escalation written by a run: the level told and to whom it was mailed. */
  record Sent(long complaintId, Breach breach, int level, String post, List<String> mailedTo) {}

  @Scheduled(
      fixedDelayString = "${kefu.complaints.escalation-every:PT5M}",
      initialDelayString = "${kefu.complaints.escalation-every:PT5M}")
  void onSchedule() {
    run(clock.instant());
  }

  /** Writes and sends every level due by {@code asOf} that no run wrote before. */
  List<Sent> run(Instant asOf) {
    List<Sent> sent = new ArrayList<>();
    List<Complaint> open =
        complaints.findByStatusIn(
            EnumSet.of(
                ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.PAUSED));
    for (Complaint c : open) {
      if (c.getKind() != ComplaintKind.COMPLAINT) {
        continue;
      }
      ComplaintSla sla = terms.of(c);
      for (EscalationPlan.Due due : EscalationPlan.dueBy(c, sla, asOf)) {
        List<String> to = recipients(c.getStoreCode(), due.post(), asOf);
        if (claim(c, due, asOf, to)) {
          mail(c, due, to);
          sent.add(new Sent(c.getId(), due.breach(), due.level(), due.post(), to));
        }
      }
    }
    return sent;
  }

  /** Inserts the level's row; false when another run already did. */
  private boolean claim(Complaint c, EscalationPlan.Due due, Instant asOf, List<String> to) {
    try {
      Integer rows =
          transactions.execute(
              tx ->
                  jdbc.sql(
                          """
                          insert into complaint_escalation
                            (complaint_id, breach, level, notify, store_code, due_at, sent_at,
                             mailed_to)
                          select :id, :breach, :level, :notify, :store, :due, :sent, :to
                          where not exists (select 1 from complaint_escalation
                            where complaint_id = :id and breach = :breach and level = :level)""")
                      .param("id", c.getId())
                      .param("breach", due.breach().name())
                      .param("level", due.level())
                      .param("notify", due.post())
                      .param("store", c.getStoreCode())
                      .param("due", due.at().atOffset(java.time.ZoneOffset.UTC))
                      .param("sent", asOf.atOffset(java.time.ZoneOffset.UTC))
                      .param("to", to.isEmpty() ? null : String.join(",", to))
                      .update());
      return rows != null && rows == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** The e-mail addresses of whoever holds the post told: in the store, or group CS anywhere. */
  private List<String> recipients(String storeCode, String position, Instant asOf) {
    ZoneId zone = calendar.zone();
    LocalDate day = asOf.atZone(zone).toLocalDate();
    boolean groupWide = "GROUP_CS".equals(position);
    return assignments.overlapping(YearMonth.from(day)).stream()
        .filter(p -> p.covers(day) && p.position().equals(position))
        .filter(p -> groupWide || p.storeCode().equals(storeCode))
        .map(AssignmentPeriod::employeeCode)
        .distinct()
        .map(code -> organization.employee(SYSTEM, code).getEmail())
        .filter(Objects::nonNull)
        .filter(e -> !e.isBlank())
        .toList();
  }

  private void mail(Complaint c, EscalationPlan.Due due, List<String> to) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null || to.isEmpty()) {
      return;
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to.toArray(String[]::new));
    String breach =
        messages.getMessage("service.complaint.breach." + due.breach(), null, MAIL_LOCALE);
    m.setSubject(
        messages.getMessage(
            "service.complaint.mail.subject",
            new Object[] {c.getId(), c.getStoreCode(), breach, due.level()},
            MAIL_LOCALE));
    m.setText(
        messages.getMessage(
            "service.complaint.mail.body",
            new Object[] {
              c.getId(),
              c.getStoreCode(),
              c.getEmployeeCode(),
              breach,
              due.at().atZone(calendar.zone()).toLocalDateTime().toString().replace('T', ' '),
              c.getSummary() == null ? "" : c.getSummary()
            },
            MAIL_LOCALE));
    try {
      sender.send(m);
    } catch (MailException e) {
      // the level stays written: the to-do on the home page still tells them
      log.warn("Escalation mail for complaint {} not sent: {}", c.getId(), e.getMessage());
    }
  }
}
