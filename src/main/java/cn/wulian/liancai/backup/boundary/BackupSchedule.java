package cn.wulian.liancai.backup.boundary;

import cn.wulian.liancai.shared.cluster.ClusterJobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily backup at {@code liancai.backup.daily-at} ({@code HH:mm} on the county's clock,
 * {@code liancai.zone}); {@code off} turns it off (an empty value does not: MicroProfile Config reads
 * it as unset and the built-in default applies). A timer of this process only (not persistent): a
 * backup missed while the application was stopped is not caught up, the next day's runs. Several
 * instances on one database back it up once a day between them ({@link ClusterJobs}).
 */
@Startup
@Singleton
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    private static final String OFF = "off";

    @Resource
    TimerService timers;

    @Inject
    Backups backups;

    @Inject
    ClusterJobs jobs;

    static final String JOB = "daily-backup";

    @Inject
    @ConfigProperty(name = "liancai.backup.daily-at")
    Optional<String> dailyAt;

    @Inject
    @ConfigProperty(name = "liancai.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @PostConstruct
    void schedule() {
        String at = dailyAt.map(String::strip).orElse("");
        if (at.isEmpty() || at.equalsIgnoreCase(OFF)) {
            LOG.info("daily backup off (liancai.backup.daily-at=" + at + ")");
            return;
        }
        LocalTime time;
        try {
            time = LocalTime.parse(at);
        } catch (DateTimeParseException e) {
            LOG.severe(() -> "NO DAILY BACKUP: liancai.backup.daily-at=" + at + " is neither a time of day such as 02:30 nor off");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(time.getHour()).minute(time.getMinute()).second(0).timezone(zone),
                new TimerConfig("daily backup", false));
        LOG.info(() -> "daily backup at " + time + " (" + zone + ") into " + backups.folder());
    }

    /** the backup is no transaction: it reads through its own connections while users write */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        // several instances on one database each have this timer: the first to claim the day runs it
        String day = LocalDate.now(ZoneId.of(zone)).toString();
        if (!jobs.claim(JOB, day)) {
            LOG.info(() -> "daily backup of " + day + ": another instance runs it");
            return;
        }
        backups.runScheduled();
    }
}
