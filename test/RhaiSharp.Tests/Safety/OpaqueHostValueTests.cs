using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// A host object reaches a script's text only as its registered formatting, its registered type name or
/// <c>&lt;TypeName&gt;</c>: never through its own <c>ToString()</c>, which may say what the script must not see.
/// </summary>
[TestFixture]
public class OpaqueHostValueTests
{
    private sealed record Credentials(string User, string Password);

    private static Engine WithSecret(out Scope scope)
    {
        scope = new Scope().Push("x", new Credentials("ann", "hunter2"));
        return new Engine();
    }

    [TestCase("`${x}`")]
    [TestCase("x.to_string()")]
    [TestCase("x.to_debug()")]
    [TestCase("`${[x, 1]}`")]
    [TestCase("`${#{c: x}}`")]
    [TestCase("to_json(#{c: x})")]
    [TestCase("\"\" + x")]
    public void An_unregistered_object_shows_only_its_type_name(string script)
    {
        var text = WithSecret(out var scope).Eval<string>(script, scope);
        text.Should().NotContain("hunter2").And.Contain("<Credentials>");
    }

    [Test]
    public void Print_and_debug_do_not_call_to_string()
    {
        var printed = new List<string>();
        var engine = WithSecret(out var scope).OnPrint(printed.Add).OnDebug((text, _, _) => printed.Add(text));
        engine.Run("print(x); debug(x); print([x]);", scope);
        printed.Should().HaveCount(3).And.OnlyContain(p => !p.Contains("hunter2") && p.Contains("<Credentials>"));
    }

    [Test]
    public void A_registered_type_shows_its_registered_name()
    {
        var scope = new Scope().Push("x", new Credentials("ann", "hunter2"));
        var engine = new Engine().RegisterType<Credentials>("Credentials", t => t.WithGetter("user", c => c.User));
        engine.Eval<string>("`${x} ${[x]}`", scope).Should().Be("Credentials [Credentials]");
    }

    [Test]
    public void A_host_opts_in_to_to_string_per_type()
    {
        var scope = new Scope().Push("x", new Credentials("ann", "hunter2"));
        var engine = new Engine().RegisterType<Credentials>("Credentials", t => t.OnToString(c => $"user {c.User}"));
        engine.Eval<string>("`${x}; ${[x]}`", scope).Should().Be("user ann; [user ann]");
    }
}
