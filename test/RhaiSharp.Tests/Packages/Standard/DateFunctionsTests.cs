using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Packages.Standard;

/// <summary>Host dates in rules: parts, calendar arithmetic at month ends and leap years, comparisons, durations, ISO text.</summary>
public class DateFunctionsTests
{
    private static readonly Engine Engine = new();

    private static T Eval<T>(string script, object? date = null) =>
        Engine.Eval<T>(script, new Scope().Push("d", date ?? new DateOnly(2024, 1, 31)));

    [TestCase("d.year", 2024L)]
    [TestCase("d.month", 1L)]
    [TestCase("d.day", 31L)]
    [TestCase("d.day_of_week", 3L)]
    public void A_date_has_its_parts(string script, long expected) => Eval<long>(script).Should().Be(expected);

    [TestCase("d.add_months(1)", "2024-02-29")]
    [TestCase("d.add_months(13)", "2025-02-28")]
    [TestCase("d.add_days(30)", "2024-03-01")]
    [TestCase("parse_date(\"2024-02-29\").add_years(1)", "2025-02-28")]
    [TestCase("d.add_days(-31)", "2023-12-31")]
    public void Calendar_arithmetic_clamps_to_the_end_of_the_month(string script, string expected) =>
        Eval<string>($"({script}).to_string()").Should().Be(expected);

    [Test]
    public void Dates_compare_and_subtract_to_durations()
    {
        Eval<bool>("d > parse_date(\"2024-01-30\") && d <= parse_date(\"2024-01-31\") && d == parse_date(\"2024-01-31\")").Should().BeTrue();
        Eval<long>("days_between(parse_date(\"2023-02-28\"), parse_date(\"2024-02-29\"))").Should().Be(366);
        Eval<long>("(parse_date(\"2024-03-01\") - d).days").Should().Be(30);
    }

    [Test]
    public void Date_times_with_offsets_print_as_iso_8601()
    {
        var placed = new DateTimeOffset(2024, 6, 1, 9, 30, 0, TimeSpan.FromHours(2));

        Eval<string>("`${d}`", placed).Should().Be("2024-06-01T09:30:00.0000000+02:00");
        Eval<long>("d.day_of_week", placed).Should().Be(6);
        Eval<bool>("d < parse_datetime(\"2024-06-01T08:00:00Z\")", placed).Should().BeTrue();
    }

    [TestCase("parse_date(\"31/01/2024\")")]
    [TestCase("d.add_days(9999999999)")]
    public void Bad_input_is_a_catchable_error(string script)
    {
        var act = () => Eval<object>(script);

        act.Should().Throw<RuntimeException>().Which.IsCatchable.Should().BeTrue();
    }

    [Test]
    public void A_date_goes_back_to_the_host_as_itself() =>
        Eval<DateOnly>("d.add_days(1)").Should().Be(new DateOnly(2024, 2, 1));
}
