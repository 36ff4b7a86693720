using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.Values;

namespace RhaiSharp.Tests.Packages.Standard;

[TestFixture]
public class FnPtrFunctionsTests
{
    private readonly LibraryHarness _h = new();

    [Test]
    public void Name() => _h.Call("name", new FnPtr("foo")).Should().Be("foo");

    [Test]
    public void Name_getter() => _h.Call("get$name", new FnPtr("foo")).Should().Be("foo");

    [Test]
    public void Named_function_is_not_anonymous() => _h.Call("is_anonymous", new FnPtr("foo")).Should().Be(false);

    [Test]
    public void Closure_is_anonymous() => _h.Call("get$is_anonymous", new FnPtr(FnPtr.AnonymousPrefix + "1")).Should().Be(true);
}
