using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;

namespace RhaiSharp.Tests.Hosting;

/// <summary>RegisterType&lt;T&gt;() binds a type's public members, and the types they hold, with no glue.</summary>
public class PocoBindingTests
{
    public enum Tier
    {
        Silver,
        Gold,
    }

    public sealed record Customer(string Id, Tier Tier, int YearsActive, decimal CreditLimit)
    {
        [RhaiName("outstanding")]
        public decimal OutstandingBalance { get; init; }

        [RhaiIgnore]
        public string Password { get; init; } = "secret";
    }

    public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice)
    {
        public decimal LineTotal => Quantity * UnitPrice;
    }

    public sealed record Order(string Id, Customer Customer, List<OrderLine> Lines, string? CouponCode)
    {
        public decimal Subtotal => Lines.Sum(l => l.LineTotal);
    }

    public sealed class Counter
    {
        public long Count;

        public string Label { get; set; } = "";
    }

    private static readonly Order Sample = new(
        "o-1",
        new Customer("c-7", Tier.Gold, 4, 1000m) { OutstandingBalance = 250m },
        [new OrderLine("A", 2, 10.5m), new OrderLine("B", 1, 4m)],
        null);

    private static Engine Bound() => new Engine().RegisterType<Order>();

    private static T Eval<T>(Engine engine, string rule) => engine.Eval<T>(rule, new Scope().Push("order", Sample));

    [Test]
    public void Properties_read_by_their_snake_case_names() =>
        Eval<double>(Bound(), "order.subtotal").Should().Be(25.0);

    [Test]
    public void Nested_objects_and_lists_of_them_are_bound_with_the_root()
    {
        var engine = Bound();

        Eval<string>(engine, "order.lines[1].sku").Should().Be("B");
        Eval<long>(engine, "order.customer.years_active").Should().Be(4);
        Eval<bool>(engine, "order.customer.tier == \"Gold\"").Should().BeTrue();
        Eval<double>(engine, "let t = 0.0; for l in order.lines { t += l.line_total; } t").Should().Be(25.0);
    }

    [Test]
    public void A_renamed_member_is_read_by_its_new_name() =>
        Eval<double>(Bound(), "order.customer.outstanding").Should().Be(250.0);

    [Test]
    public void An_ignored_member_is_not_reachable()
    {
        var act = () => Eval<object>(Bound(), "order.customer.password");

        act.Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.PropertyNotFound);
    }

    [Test]
    public void A_null_member_is_unit() =>
        Eval<bool>(Bound(), "order.coupon_code == ()").Should().BeTrue();

    [TestCase(MemberNaming.CamelCase, "order.customer.yearsActive")]
    [TestCase(MemberNaming.AsDeclared, "order.Customer.YearsActive")]
    public void The_naming_convention_is_chosen_at_registration(MemberNaming naming, string rule) =>
        new Engine().RegisterType<Order>(naming).Eval<long>(rule, new Scope().Push("order", Sample)).Should().Be(4);

    [Test]
    public void Type_names_are_the_dotnet_names() =>
        Eval<string>(Bound(), "type_of(order) + \"/\" + type_of(order.lines[0])").Should().Be("Order/OrderLine");

    [Test]
    public void Members_are_read_only_unless_asked()
    {
        var counter = new Counter();
        var scope = new Scope().Push("c", counter);

        FluentActions.Invoking(() => new Engine().RegisterType<Counter>().Run("c.count = 5;", scope)).Should().Throw<RuntimeException>();
        new Engine().RegisterType<Counter>(writable: true).Run("c.count = 5; c.label = \"five\";", scope);

        counter.Count.Should().Be(5);
        counter.Label.Should().Be("five");
    }

    [Test]
    public void Reading_a_property_of_an_unregistered_type_names_the_type_and_the_fix()
    {
        var act = () => new Engine().Eval<object>("order.subtotal", new Scope().Push("order", Sample));

        act.Should().Throw<RuntimeException>()
            .Where(e => e.Kind == RuntimeErrorKind.PropertyNotFound)
            .WithMessage("*.NET type 'Order' is not registered (register it with RegisterType<Order>()*");
    }

    [Test]
    public void A_getter_registered_after_a_run_replaces_the_one_that_run_used()
    {
        var engine = new Engine().RegisterType<Counter>("Counter", t => t.WithGetter("count", c => 1L));
        var scope = new Scope().Push("c", new Counter());
        engine.Eval<long>("c.count", scope).Should().Be(1);

        engine.RegisterType<Counter>("Counter", t => t.WithGetter("count", c => 2L));

        engine.Eval<long>("c.count", scope).Should().Be(2);
    }

    [TestCase("UnitPrice", "unit_price")]
    [TestCase("Id", "id")]
    [TestCase("HTTPStatus", "http_status")]
    [TestCase("Line2Total", "line2_total")]
    [TestCase("already_snake", "already_snake")]
    public void Snake_case_splits_words_as_a_reader_would(string member, string expected) =>
        MemberBinding.Name(member, MemberNaming.SnakeCase).Should().Be(expected);
}
