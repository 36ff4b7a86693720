using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Packages;

namespace RhaiSharp.Tests.Hosting;

public class CustomTypeTests
{
    public sealed class Order
    {
        public string Customer { get; set; } = "";

        public List<decimal> Lines { get; } = [];

        public string Secret { get; set; } = "hidden";

        public decimal Total => Lines.Sum();
    }

    public struct Counter
    {
        public long Value;
    }

    private sealed class OrdersPackage : Package
    {
        protected override void Register(ModuleBuilder builder)
        {
            builder.SetNativeFn("new_order", (string customer) => new Order { Customer = customer });
            builder.RegisterType<Order>("Order")
                .WithProperty("customer", o => o.Customer, (o, v) => o.Customer = v)
                .WithGetter("total", o => o.Total)
                .WithIndexer((Order o, long i) => o.Lines[(int)i], (o, i, v) => o.Lines[(int)i] = (decimal)v)
                .WithIndexer((Order o, string key) => key == "count" ? o.Lines.Count : throw new RuntimeException(RuntimeErrorKind.PropertyNotFound, $"no {key}", Position.None))
                .WithMethod("add", (Order o, double amount) => o.Lines.Add((decimal)amount))
                .WithMethod("has_customer", (Order o, string name) => o.Customer == name)
                .WithIterator(o => o.Lines)
                .OnToString(o => $"Order({o.Customer})")
                .OnToDebug(o => $"Order {{ customer: {o.Customer}, lines: {o.Lines.Count} }}");
        }
    }

    private static Engine NewEngine() => new Engine().RegisterGlobalModule(new OrdersPackage().AsSharedModule());

    [Test]
    public void Type_of_returns_the_registered_name() =>
        NewEngine().Eval<string>("type_of(new_order(\"a\"))").Should().Be("Order");

    [Test]
    public void Getters_setters_and_methods()
    {
        var result = NewEngine().Eval<string>("""
            let o = new_order("ann");
            o.add(10.0);
            o.add(2.5);
            o.customer = "bob";
            `${o.customer} ${o.total} ${o.has_customer("bob")}`
            """);
        result.Should().Be("bob 12.5 true");
    }

    [Test]
    public void Indexers_read_and_write()
    {
        NewEngine().Eval<double>("let o = new_order(\"a\"); o.add(1.0); o.add(2.0); o[1] = 5.0; o[0] + o[1]").Should().Be(6.0);
        NewEngine().Eval<long>("let o = new_order(\"a\"); o.add(1.0); o[\"count\"]").Should().Be(1);
        NewEngine().Eval<long>("let o = new_order(\"a\"); o.add(1.0); o.count").Should().Be(1, "a string indexer serves properties without a getter");
    }

    [Test]
    public void Iterator_drives_for_loops() =>
        NewEngine().Eval<double>("let o = new_order(\"a\"); o.add(1.0); o.add(2.0); let s = 0.0; for x in o { s += x } s").Should().Be(3.0);

    [Test]
    public void To_string_and_to_debug()
    {
        var engine = NewEngine();
        engine.Eval<string>("let o = new_order(\"a\"); o.to_string()").Should().Be("Order(a)");
        engine.Eval<string>("let o = new_order(\"a\"); `${o}`").Should().Be("Order(a)");
        engine.Eval<string>("let o = new_order(\"a\"); \"\" + o").Should().Be("Order(a)");
        engine.Eval<string>("let o = new_order(\"a\"); o.to_debug()").Should().Be("Order { customer: a, lines: 0 }");
        var printed = new List<string>();
        engine.OnPrint(printed.Add).Run("print(new_order(\"z\"))");
        printed.Should().Equal("Order(z)");
    }

    [Test]
    public void Unregistered_members_are_not_reachable()
    {
        var engine = NewEngine();
        FluentActions.Invoking(() => engine.Eval<string>("new_order(\"a\").secret")).Should().Throw<RuntimeException>();
        FluentActions.Invoking(() => engine.Eval<object>("new_order(\"a\").GetType()")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.FunctionNotFound);
        FluentActions.Invoking(() => engine.Run("let o = new_order(\"a\"); o.total = 5.0;")).Should().Throw<RuntimeException>();
    }

    [Test]
    public void Host_errors_from_indexers_are_catchable() =>
        NewEngine().Eval<string>("let r = \"\"; try { new_order(\"a\")[\"nope\"] } catch (e) { r = e.message } r").Should().Be("no nope");

    [Test]
    public void Host_objects_pass_in_and_out()
    {
        var order = new Order { Customer = "host" };
        var engine = NewEngine();
        var scope = new Scope();
        scope.Push("order", order);
        engine.Run("order.add(4.0); order.customer = \"changed\";", scope);
        order.Customer.Should().Be("changed");
        order.Lines.Should().Equal(4m);
        engine.Eval<Order>("new_order(\"x\")").Customer.Should().Be("x");
    }

    [Test]
    public void Struct_methods_and_setters_by_reference_write_back()
    {
        var engine = Engine.CreateRaw()
            .RegisterFn("counter", () => new Counter())
            .RegisterType<Counter>("Counter", t => t
                .WithGetter("value", c => c.Value)
                .WithSetter("value", (ref Counter c, long v) => c.Value = v)
                .WithMethod("bump", (ref Counter c) => c.Value++)
                .WithMethod("add", (ref Counter c, long n) => c.Value += n)
                .WithMethod("peek", (Counter c) => c.Value));
        engine.Eval<long>("let c = counter(); c.bump(); c.bump(); c.add(10); c.value").Should().Be(12);
        engine.Eval<long>("let c = counter(); c.value = 7; c.bump(); c.peek()").Should().Be(8);
        engine.Eval<long>("let a = [counter()]; a[0].bump(); a[0].value").Should().Be(1);
        engine.Eval<string>("type_of(counter())").Should().Be("Counter");
    }

    [Test]
    public void Mutating_methods_cannot_be_called_on_constants_but_pure_ones_can()
    {
        var engine = Engine.CreateRaw()
            .RegisterFn("counter", () => new Counter { Value = 3 })
            .RegisterType<Counter>("Counter", t => t
                .WithMethod("bump", (ref Counter c) => c.Value++)
                .WithMethod("peek", (Counter c) => c.Value));
        engine.Eval<long>("const c = counter(); c.peek()").Should().Be(3);
        FluentActions.Invoking(() => engine.Run("const c = counter(); c.bump();"))
            .Should().Throw<RuntimeException>().Which.Kind.Should().Be(RuntimeErrorKind.NonPureMethodCallOnConstant);
    }

    [Test]
    public void Methods_of_every_arity()
    {
        var engine = Engine.CreateRaw()
            .RegisterFn("counter", () => new Counter { Value = 1 })
            .RegisterType<Counter>("Counter", t => t
                .WithMethod("m0", (Counter c) => c.Value)
                .WithMethod("m1", (Counter c, long a) => c.Value + a)
                .WithMethod("m2", (Counter c, long a, long b) => c.Value + a + b)
                .WithMethod("m3", (Counter c, long a, long b, long d) => c.Value + a + b + d)
                .WithMethod("m4", (Counter c, long a, long b, long d, long e) => c.Value + a + b + d + e)
                .WithMethod("m5", (Counter c, long a, long b, long d, long e, long f) => c.Value + a + b + d + e + f)
                .WithMethod("r5", (ref Counter c, long a, long b, long d, long e, long f) => c.Value += a + b + d + e + f));
        engine.Eval<long>("let c = counter(); c.m0() + c.m1(1) + c.m2(1, 1) + c.m3(1, 1, 1) + c.m4(1, 1, 1, 1) + c.m5(1, 1, 1, 1, 1)")
            .Should().Be(21);
        engine.Eval<long>("let c = counter(); c.r5(1, 1, 1, 1, 1); c.m0()").Should().Be(6);
        engine.Eval<long>("let c = counter(); m2(c, 1, 1)").Should().Be(3, "methods are functions whose first parameter is this");
    }

    [Test]
    public void Custom_types_registered_on_a_module_builder_are_named_in_the_module() =>
        new ModuleBuilder().RegisterType<Order>("Order").Name.Should().Be("Order");
}
