using FluentAssertions;
using NUnit.Framework;
using RhaiSharp.ModuleResolvers;

namespace RhaiSharp.Tests.Modules;

public class FileResolverTests
{
    private string _dir = null!;
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Directory.CreateTempSubdirectory("rules-modules-").FullName;
        _root = Path.Combine(_dir, "root");
        Directory.CreateDirectory(Path.Combine(_root, "lib"));
        File.WriteAllText(Path.Combine(_root, "math.rhai"), "fn add(a, b) { a + b } export const PI = 3;");
        File.WriteAllText(Path.Combine(_root, "lib", "util.rhai"), """import "math" as math; fn twice(x) { math::add(x, x) }""");
        File.WriteAllText(Path.Combine(_dir, "secret.rhai"), "export const SECRET = 42;");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private Engine NewEngine(FileModuleResolver? resolver = null) =>
        new Engine().SetModuleResolver(resolver ?? new FileModuleResolver(_root));

    [Test]
    public void Loads_a_file_and_appends_the_extension()
    {
        NewEngine().Eval<long>("""import "math" as m; m::add(m::PI, 1)""").Should().Be(4);
    }

    [Test]
    public void Path_with_the_extension_is_the_same_module()
    {
        var resolver = new FileModuleResolver(_root);
        NewEngine(resolver).Eval<long>("""import "math.rhai" as a; import "math" as b; a::PI + b::PI""").Should().Be(6);
        resolver.CachedCount.Should().Be(1);
    }

    [Test]
    public void Loads_from_sub_directories_with_nested_imports_relative_to_the_root()
    {
        NewEngine().Eval<long>("""import "lib/util" as u; u::twice(21) + u::math::PI""").Should().Be(45);
    }

    [Test]
    public void Custom_extension()
    {
        File.WriteAllText(Path.Combine(_root, "conf.rules"), "export const N = 7;");
        NewEngine(new FileModuleResolver(_root, ".rules")).Eval<long>("""import "conf" as c; c::N""").Should().Be(7);
    }

    [Test]
    public void Missing_file_is_module_not_found()
    {
        FluentActions.Invoking(() => NewEngine().Run("""import "nope" as n;""")).Should().Throw<RuntimeException>()
            .Which.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
    }

    [Test]
    public void A_module_is_compiled_once_and_cached()
    {
        var printed = new List<string>();
        File.WriteAllText(Path.Combine(_root, "noisy.rhai"), """print("loaded"); export const X = 1;""");
        var resolver = new FileModuleResolver(_root);
        var engine = NewEngine(resolver).OnPrint(printed.Add);
        engine.Run("""import "noisy" as a;""");
        File.WriteAllText(Path.Combine(_root, "noisy.rhai"), "export const X = 2;");
        engine.Eval<long>("""import "noisy" as a; a::X""").Should().Be(1);
        new Engine().SetModuleResolver(resolver).Eval<long>("""import "noisy" as a; a::X""").Should().Be(1);
        printed.Should().Equal("loaded");
    }

    [Test]
    public void Clear_cache_reloads_changed_files()
    {
        var resolver = new FileModuleResolver(_root);
        var engine = NewEngine(resolver);
        File.WriteAllText(Path.Combine(_root, "v.rhai"), "export const X = 1;");
        engine.Eval<long>("""import "v" as v; v::X""").Should().Be(1);
        File.WriteAllText(Path.Combine(_root, "v.rhai"), "export const X = 2;");
        resolver.ClearCache();
        engine.Eval<long>("""import "v" as v; v::X""").Should().Be(2);
    }

    [Test]
    public void A_module_imported_from_16_threads_at_once_is_compiled_once()
    {
        var loads = 0;
        File.WriteAllText(Path.Combine(_root, "slow.rhai"), """let s = 0; for i in 0..20000 { s += i; } note(); export s;""");
        var resolver = new FileModuleResolver(_root);
        var engine = NewEngine(resolver).RegisterFn("note", () => { Interlocked.Increment(ref loads); });
        var ast = engine.Compile("""import "slow" as s; s::s""");
        using var start = new Barrier(16);
        var results = new long[16];
        var threads = Enumerable.Range(0, 16).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = engine.Eval<long>(ast);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        results.Should().AllBeEquivalentTo(199990000L);
        loads.Should().Be(1);
        resolver.CachedCount.Should().Be(1);
    }

    [Test]
    public void A_failing_module_is_not_cached()
    {
        File.WriteAllText(Path.Combine(_root, "flaky.rhai"), "let = ;");
        var engine = NewEngine();
        FluentActions.Invoking(() => engine.Run("""import "flaky" as f;""")).Should().Throw<RuntimeException>();
        File.WriteAllText(Path.Combine(_root, "flaky.rhai"), "export const OK = true;");
        engine.Eval<bool>("""import "flaky" as f; f::OK""").Should().BeTrue();
    }

    [TestCase("../secret")]
    [TestCase("lib/../../secret")]
    [TestCase("./../secret.rhai")]
    [TestCase("../../../../../etc/passwd")]
    public void Dot_dot_escapes_are_rejected(string path)
    {
        var error = FluentActions.Invoking(() => NewEngine().Run($"import \"{path}\" as s;")).Should().Throw<RuntimeException>().Which;
        error.Kind.Should().Be(RuntimeErrorKind.ModuleNotFound);
        error.Message.Should().Contain("outside the module root");
    }

    [Test]
    public void Absolute_paths_are_rejected()
    {
        var absolute = Path.Combine(_dir, "secret").Replace("\\", "\\\\");
        FluentActions.Invoking(() => NewEngine().Run($"import \"{absolute}\" as s;")).Should().Throw<RuntimeException>()
            .Which.Message.Should().Contain("outside the module root");
    }

    [Test]
    public void Dot_dot_inside_the_root_is_allowed()
    {
        NewEngine().Eval<long>("""import "lib/../math" as m; m::PI""").Should().Be(3);
    }

    [Test]
    public void Symlinked_file_escaping_the_root_is_rejected()
    {
        if (!TryLink(() => File.CreateSymbolicLink(Path.Combine(_root, "link.rhai"), Path.Combine(_dir, "secret.rhai"))))
        {
            Assert.Ignore("symbolic links are not available");
        }

        FluentActions.Invoking(() => NewEngine().Run("""import "link" as s;""")).Should().Throw<RuntimeException>()
            .Which.Message.Should().Contain("outside the module root");
    }

    [Test]
    public void Symlinked_directory_escaping_the_root_is_rejected()
    {
        if (!TryLink(() => Directory.CreateSymbolicLink(Path.Combine(_root, "up"), _dir)))
        {
            Assert.Ignore("symbolic links are not available");
        }

        FluentActions.Invoking(() => NewEngine().Run("""import "up/secret" as s;""")).Should().Throw<RuntimeException>()
            .Which.Message.Should().Contain("outside the module root");
    }

    [Test]
    public void Symlink_staying_inside_the_root_is_allowed()
    {
        if (!TryLink(() => File.CreateSymbolicLink(Path.Combine(_root, "alias.rhai"), Path.Combine(_root, "math.rhai"))))
        {
            Assert.Ignore("symbolic links are not available");
        }

        NewEngine().Eval<long>("""import "alias" as m; m::PI""").Should().Be(3);
    }

    private static bool TryLink(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
