using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace RhaiSharp.Tests.Architecture;

/// <summary>
/// The folders of <c>src/RhaiSharp</c> are layers, and dependencies point one way: a file may name the types of its own
/// folder and of the folders before it, never of a folder after it. Checked on the source: every type declared in a
/// layer's files, and every capitalized identifier of every file (comments and strings removed).
/// </summary>
[TestFixture]
public class LayeringTests
{
    /// <summary>The layers, lowest first (README, "Layout").</summary>
    private static readonly string[] Layers = ["Diagnostics", "Values", "SyntaxTree", "Syntax", "Packages", "Runtime", "Compilation", "Hosting"];

    [Test]
    public void No_layer_names_a_type_of_a_later_layer()
    {
        var source = Path.Combine(RepoPaths.Root, "src", "RhaiSharp");
        var files = Layers.SelectMany((layer, index) => Directory.EnumerateFiles(Path.Combine(source, layer), "*.cs", SearchOption.AllDirectories)
                .Select(path => (Layer: index, Path: path, Code: CodeOnly(File.ReadAllText(path)))))
            .ToList();
        files.Should().HaveCountGreaterThan(100, "the layers' folders hold the core's source");

        var declaredIn = files
            .SelectMany(f => Declaration.Matches(f.Code).Select(m => (Type: m.Groups[1].Value, f.Layer)))
            .GroupBy(d => d.Type)
            .Where(g => g.Select(d => d.Layer).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Layer);

        var backEdges = files
            .SelectMany(f => Identifier.Matches(f.Code).Select(m => m.Value).Distinct()
                .Where(name => declaredIn.TryGetValue(name, out var layer) && layer > f.Layer)
                .Select(name => $"{Path.GetRelativePath(source, f.Path)} ({Layers[f.Layer]}) names {name} ({Layers[declaredIn[name]]})"))
            .ToList();

        backEdges.Should().BeEmpty();
    }

    private static readonly Regex Declaration = new(@"^(?:[a-z]+\s+)*(?:class|struct|record|interface|enum)\s+([A-Z]\w*)", RegexOptions.Multiline);

    private static readonly Regex Identifier = new(@"\b[A-Z]\w*\b");

    /// <summary>The code without comments, using directives (System.Text.Json is not our Json) and string or char literals.</summary>
    private static string CodeOnly(string text)
    {
        text = Regex.Replace(text, @"/\*.*?\*/", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, @"//.*", " ");
        text = Regex.Replace(text, @"^\s*(global\s+)?using\s+[\w.]+\s*;", " ", RegexOptions.Multiline);
        text = Regex.Replace(text, "@\"(?:\"\"|[^\"])*\"", "\"\"");
        text = Regex.Replace(text, "\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        return Regex.Replace(text, @"'(?:\\.|[^'\\])'", "' '");
    }
}
