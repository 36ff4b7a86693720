using System.Reflection;
using NUnit.Framework;
using PublicApiGenerator;
using RhaiSharp.DependencyInjection;

namespace RhaiSharp.Tests.PublicApi;

/// <summary>
/// The public API of each package is approved: rendered and compared with <c>&lt;assembly&gt;.approved.txt</c> beside
/// this file. An unintended public change fails here. To accept an intended one, run with <c>UPDATE_PUBLIC_API=1</c>
/// and review the diff of the approved file.
/// </summary>
[TestFixture]
public class PublicApiTests
{
    private const string UpdateVariable = "UPDATE_PUBLIC_API";

    private static IEnumerable<TestCaseData> Packages()
    {
        yield return new TestCaseData(typeof(Engine).Assembly).SetName("RhaiSharp_public_api_is_approved");
        yield return new TestCaseData(typeof(RhaiSharpServiceCollectionExtensions).Assembly)
            .SetName("RhaiSharp_DependencyInjection_public_api_is_approved");
    }

    [TestCaseSource(nameof(Packages))]
    public void Public_api_matches_the_approved_file(Assembly assembly)
    {
        var actual = Render(assembly);
        var approvedPath = Path.Combine(RepoPaths.TestProject, "PublicApi", assembly.GetName().Name + ".approved.txt");
        var receivedPath = approvedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            Assert.Pass($"{UpdateVariable}=1: wrote {approvedPath}");
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            $"The public API of {assembly.GetName().Name} changed: diff {approvedPath} {receivedPath}\n" +
            $"If the change is intended, run the tests with {UpdateVariable}=1 and commit the approved file.\n" +
            FirstDifference(approved, actual));
    }

    private static string Render(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"first difference at line {i + 1}:\n  approved: {left}\n  actual:   {right}";
            }
        }

        return "";
    }
}
