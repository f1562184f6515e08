package tn.entrix.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Formats for the pages ({@code #{fmt.dateTime(v.updatedAt)}}): instants are stored in UTC and shown in
 * {@link ClockProducer#DISPLAY_ZONE}; numbers and dates follow the user's language (45 000 / 45,000).
 */
@Named("fmt")
@ApplicationScoped
public class ConsoleFormat {

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ConsoleMessages.locale()).withZone(ClockProducer.DISPLAY_ZONE).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConsoleMessages.locale()).format(date);
    }

    /** "sam. 13 sept. 2026" and "16:00": the day and the hour of an event, apart. */
    public String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy", ConsoleMessages.locale())
                .withZone(ClockProducer.DISPLAY_ZONE).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", ConsoleMessages.locale())
                .withZone(ClockProducer.DISPLAY_ZONE).format(instant);
    }

    /** "16:05:42": when live figures were read (they change within the minute). */
    public String seconds(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss", ConsoleMessages.locale())
                .withZone(ClockProducer.DISPLAY_ZONE).format(instant);
    }

    /** A date and time typed in a form, read as Tunis time. */
    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ClockProducer.DISPLAY_ZONE).toInstant();
    }

    /** An instant as the Tunis date and time that a form shows. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockProducer.DISPLAY_ZONE);
    }

    /** The first instant of a day in Tunis. */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ClockProducer.DISPLAY_ZONE).toInstant();
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(ConsoleMessages.locale()).format(number);
    }

    /** "36.8065, 10.1815", or a dash while the venue has no position. */
    public String coordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return "\u2014";
        }
        return latitude.stripTrailingZeros().toPlainString() + ", " + longitude.stripTrailingZeros().toPlainString();
    }

    /** A share as a whole percentage for progress bars, 0 when there is no whole. */
    public int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, Math.round(part * 100.0 / whole));
    }
}
