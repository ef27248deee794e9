package org.sigilo.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.platform.control.Settings;

/**
 * The nightly retention sweep and destruction of approved lists, started through {@link Jobs} like
 * any other start (so the "one at a time" rule and the audit hold for them too).
 *
 * <p>Schedules: {@code sigilo.retention-sweep.at} / {@code SIGILO_RETENTION_SWEEP_AT}, a time of
 * day in UTC ({@code 02:00} by default) or {@code off}; {@code sigilo.destruction.at} / {@code
 * SIGILO_DESTRUCTION_AT} ({@code 03:00} by default, or {@code off}) destroys the approved lists,
 * oldest first, one after another. The timers are not persistent: a night missed while the server
 * was down is not made up twice, the next night covers it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobs {

  /** Timer info of the pause between two scheduled destructions. */
  private static final String NEXT_DESTRUCTION = "next-destruction";

  private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  @Inject Logger log;
  @EJB Jobs jobs;
  @EJB AuditEvents auditEvents;
  @EJB Destructions destructions;
  @Resource TimerService timers;

  private String sweepAt;
  private String destructionAt;

  /** The list the scheduler started destroying last tonight (see {@link #scheduledDestruction}). */
  private Long scheduledList;

  @PostConstruct
  void schedule() {
    String at =
        Settings.value("sigilo.retention-sweep.at", "SIGILO_RETENTION_SWEEP_AT").orElse("02:00");
    Optional<ScheduleExpression> nightly = nightly("sigilo.retention-sweep.at", at);
    if (nightly.isEmpty()) {
      log.info("The nightly retention sweep is off (sigilo.retention-sweep.at=off)");
    } else {
      timers.createCalendarTimer(nightly.get(), new TimerConfig(Jobs.RETENTION_SWEEP, false));
      sweepAt = at.trim() + " UTC";
      log.info("The retention sweep runs every day at " + sweepAt);
    }
    String destroyAt =
        Settings.value("sigilo.destruction.at", "SIGILO_DESTRUCTION_AT").orElse("03:00");
    Optional<ScheduleExpression> destruction = nightly("sigilo.destruction.at", destroyAt);
    if (destruction.isEmpty()) {
      log.info("Scheduled destruction of approved lists is off (sigilo.destruction.at=off)");
    } else {
      timers.createCalendarTimer(
          destruction.get(), new TimerConfig(Jobs.RECORDS_DESTRUCTION, false));
      destructionAt = destroyAt.trim() + " UTC";
      log.info("Approved disposition lists are destroyed every day from " + destructionAt);
    }
  }

  /**
   * Every day at a time of day in UTC ({@code 02:00}), or empty for {@code off}; anything else
   * stops the deployment with a sentence saying what to write.
   */
  static Optional<ScheduleExpression> nightly(String setting, String at) {
    String value = at == null ? "" : at.trim();
    if ("off".equalsIgnoreCase(value)) {
      return Optional.empty();
    }
    Matcher time = TIME_OF_DAY.matcher(value);
    if (!time.matches()) {
      throw new IllegalStateException(
          setting + " is a time of day in UTC such as 02:00, or off; not '" + at + "'.");
    }
    return Optional.of(
        new ScheduleExpression()
            .hour(Integer.parseInt(time.group(1)))
            .minute(Integer.parseInt(time.group(2)))
            .timezone("UTC"));
  }

  /** When the sweep runs by itself, for the jobs page; null when the schedule is off. */
  @PermitAll
  @Lock(LockType.READ)
  public String sweepSchedule() {
    return sweepAt;
  }

  /** When approved lists are destroyed by themselves; null when that schedule is off. */
  @PermitAll
  @Lock(LockType.READ)
  public String destructionSchedule() {
    return destructionAt;
  }

  @Timeout
  void timeout(Timer timer) {
    if (Jobs.RETENTION_SWEEP.equals(timer.getInfo())) {
      scheduledSweep();
    } else {
      scheduledDestruction(Jobs.RECORDS_DESTRUCTION.equals(timer.getInfo()));
    }
  }

  /**
   * Destroys the oldest approved list, then comes back every minute for the next one until none is
   * left: lists are destroyed one after another, never side by side. A list still approved when the
   * scheduler comes back after starting it did not get as far as destroying (its job failed at the
   * start): the chain stops there for tonight, since the same start would fail again, and a person
   * must look (the job's execution and the audit trail say why).
   */
  private void scheduledDestruction(boolean nightly) {
    if (nightly) {
      scheduledList = null;
    }
    Optional<Long> next = destructions.nextApprovedList();
    if (next.isEmpty()) {
      return;
    }
    try {
      if (next.get().equals(scheduledList)) {
        jobs.refuseWhileRunning(); // still starting: wait for it
        log.severe(
            "Scheduled destruction stops for tonight: disposition list "
                + scheduledList
                + " is still approved after its destruction was started; see its execution.");
        auditEvents.recordIndependently(
            Jobs.SCHEDULER,
            "job-requested",
            "job:" + Jobs.RECORDS_DESTRUCTION,
            Outcome.FAILURE,
            "disposition list " + scheduledList + " could not be destroyed; stopped for tonight");
        return;
      }
      jobs.startNightlyDestruction(next.get());
      scheduledList = next.get();
    } catch (JobConflict e) {
      log.info("Scheduled destruction waits: " + e.getMessage());
    } catch (RuntimeException e) {
      log.log(Level.SEVERE, "Scheduled destruction of list " + next.get() + " could not start", e);
      auditEvents.recordIndependently(
          Jobs.SCHEDULER,
          "job-requested",
          "job:" + Jobs.RECORDS_DESTRUCTION,
          Outcome.FAILURE,
          "disposition list " + next.get() + ": " + e.getMessage());
      return; // not again tonight: a list that cannot start needs a person
    }
    timers.createSingleActionTimer(60_000, new TimerConfig(NEXT_DESTRUCTION, false));
  }

  /** The nightly sweep: with the defaults, listing what is due by today. */
  private void scheduledSweep() {
    try {
      jobs.startNightlySweep();
    } catch (JobConflict e) {
      log.warning("Nightly retention sweep not started: " + e.getMessage());
      auditEvents.recordIndependently(
          Jobs.SCHEDULER,
          "job-requested",
          "job:" + Jobs.RETENTION_SWEEP,
          Outcome.DENIED,
          e.getMessage());
    } catch (RuntimeException e) {
      log.log(Level.SEVERE, "Nightly retention sweep could not start", e);
    }
  }
}
