using System.Globalization;

namespace RhaiSharp.Packages.Standard;

/// <summary>
/// Dates from the host — <see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/> and
/// <see cref="TimeSpan"/> — and what rules do with them: <c>parse_date</c>/<c>parse_datetime</c> (ISO 8601),
/// <c>year</c>/<c>month</c>/<c>day</c>/<c>day_of_week</c> (0 = Sunday), <c>add_days</c>/<c>add_months</c> (clamped to the
/// month's end)/<c>add_years</c>, <c>days_between</c>, comparisons, <c>-</c> giving a duration, and ISO 8601 text.
/// Not in Rhai (its only time type is <c>timestamp</c>).
/// </summary>
internal static class DateFunctions
{
    public static void Register(ModuleBuilder builder)
    {
        builder.Fn<string, DateOnly>("parse_date", text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw Invalid($"Invalid date '{text}' (expected yyyy-MM-dd)"));
        builder.Fn<string, DateTimeOffset>("parse_datetime", text =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d)
                ? d : throw Invalid($"Invalid date and time '{text}' (expected ISO 8601)"));

        Parts<DateOnly>(builder, d => d.Year, d => d.Month, d => d.Day, d => d.DayOfWeek);
        Parts<DateTime>(builder, d => d.Year, d => d.Month, d => d.Day, d => d.DayOfWeek);
        Parts<DateTimeOffset>(builder, d => d.Year, d => d.Month, d => d.Day, d => d.DayOfWeek);

        Shifts<DateOnly>(builder, (d, n) => d.AddDays(Days(n)), (d, n) => d.AddMonths(Months(n)), (d, n) => d.AddYears(Years(n)));
        Shifts<DateTime>(builder, (d, n) => d.AddDays(Days(n)), (d, n) => d.AddMonths(Months(n)), (d, n) => d.AddYears(Years(n)));
        Shifts<DateTimeOffset>(builder, (d, n) => d.AddDays(Days(n)), (d, n) => d.AddMonths(Months(n)), (d, n) => d.AddYears(Years(n)));

        builder.Fn<DateOnly, DateOnly, long>("days_between", (a, b) => b.DayNumber - a.DayNumber);
        builder.Fn<DateTime, DateTime, long>("days_between", (a, b) => (long)Math.Floor((b - a).TotalDays));
        builder.Fn<DateTimeOffset, DateTimeOffset, long>("days_between", (a, b) => (long)Math.Floor((b - a).TotalDays));

        Ordered<DateOnly>(builder);
        Ordered<DateTime>(builder);
        Ordered<DateTimeOffset>(builder);
        Ordered<TimeSpan>(builder);
        builder.Fn<DateOnly, DateOnly, TimeSpan>("-", (a, b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber));
        builder.Fn<DateTime, DateTime, TimeSpan>("-", (a, b) => a - b);
        builder.Fn<DateTimeOffset, DateTimeOffset, TimeSpan>("-", (a, b) => a - b);

        builder.Fn<TimeSpan, long>(PropertyNames.Getter("days"), t => t.Days);
        builder.Fn<TimeSpan, double>(PropertyNames.Getter("total_days"), t => t.TotalDays);
        builder.Fn<TimeSpan, double>(PropertyNames.Getter("total_hours"), t => t.TotalHours);

        Text<DateOnly>(builder, d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text<DateTime>(builder, d => d.ToString("o", CultureInfo.InvariantCulture));
        Text<DateTimeOffset>(builder, d => d.ToString("o", CultureInfo.InvariantCulture));
        Text<TimeSpan>(builder, t => t.ToString("c", CultureInfo.InvariantCulture));
    }

    private static void Parts<T>(ModuleBuilder builder, Func<T, int> year, Func<T, int> month, Func<T, int> day, Func<T, DayOfWeek> weekday)
    {
        builder.Fn<T, long>(PropertyNames.Getter("year"), d => year(d));
        builder.Fn<T, long>(PropertyNames.Getter("month"), d => month(d));
        builder.Fn<T, long>(PropertyNames.Getter("day"), d => day(d));
        builder.Fn<T, long>(PropertyNames.Getter("day_of_week"), d => (long)weekday(d));
    }

    private static void Shifts<T>(ModuleBuilder builder, Func<T, long, T> days, Func<T, long, T> months, Func<T, long, T> years)
    {
        builder.Fn("add_days", days);
        builder.Fn("add_months", months);
        builder.Fn("add_years", years);
    }

    private static void Ordered<T>(ModuleBuilder builder)
        where T : IComparable<T>
    {
        builder.Fn<T, T, bool>("<", (a, b) => a.CompareTo(b) < 0);
        builder.Fn<T, T, bool>("<=", (a, b) => a.CompareTo(b) <= 0);
        builder.Fn<T, T, bool>(">", (a, b) => a.CompareTo(b) > 0);
        builder.Fn<T, T, bool>(">=", (a, b) => a.CompareTo(b) >= 0);
    }

    private static void Text<T>(ModuleBuilder builder, Func<T, string> format)
    {
        builder.Fn("to_string", format);
        builder.Fn("to_debug", format);
    }

    // The calendar's range bounds every shift: a count outside it is an error, not an ArgumentOutOfRange crash.
    private static int Days(long n) => n is >= -3_652_059 and <= 3_652_059 ? (int)n : throw Invalid($"Too many days: {n}");

    private static int Months(long n) => n is >= -120_000 and <= 120_000 ? (int)n : throw Invalid($"Too many months: {n}");

    private static int Years(long n) => n is >= -10_000 and <= 10_000 ? (int)n : throw Invalid($"Too many years: {n}");

    private static RuntimeException Invalid(string message) => new(RuntimeErrorKind.Runtime, message, Position.None);
}
