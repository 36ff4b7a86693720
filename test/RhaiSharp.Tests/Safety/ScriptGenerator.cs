using System.Text;

namespace RhaiSharp.Tests.Safety;

/// <summary>
/// A grammar-aware random Rhai script generator: functions, closures, loops, strings, arrays, maps, try/catch, switch,
/// interpolation, eval — plus byte-level mutations of what it generates. Deterministic for a given seed.
/// </summary>
internal sealed class ScriptGenerator(Random random)
{
    private static readonly string[] Vars = ["a", "b", "c", "s", "arr", "m"];
    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "??", "in"];
    private static readonly string[] AssignOps = ["=", "+=", "-=", "*=", "/=", "%=", "<<=", "|=", "**="];
    private static readonly string[] Tokens = ["(", ")", "{", "}", "[", "]", ";", ",", "|", "#{", "`", "${", "\"", "'", "fn", "let", "loop", "if", "else", "=", "+", "::", ".", "..", "..=", "\\", "//", "/*", "*/", "\n", "0", "x", "this", "?.", "!", "@", "$"];
    private static readonly string[] Methods = ["len()", "to_string()", "type_of()", "is_empty()", "keys()", "values()", "reverse()", "sort()", "pop()", "shift()", "clear()", "to_upper()", "trim()", "chars()", "to_blob()", "abs()", "sqrt()", "floor()", "to_int()", "to_float()", "to_debug()", "bits()", "min(1)", "max(2)"];

    private readonly Random _r = random;
    private int _loopDepth;
    private bool _inFunction;

    public static string Generate(int seed)
    {
        var gen = new ScriptGenerator(new Random(seed));
        var script = gen.Program();
        return gen._r.Next(5) == 0 ? gen.Mutate(script) : script;
    }

    public string Program()
    {
        var sb = new StringBuilder();
        foreach (var v in Vars)
        {
            sb.Append("let ").Append(v).Append(" = ").Append(_r.Next(3) == 0 ? Expr(2) : Atom()).Append(";\n");
        }

        for (var i = _r.Next(3); i > 0; i--)
        {
            _inFunction = true;
            sb.Append($"fn f{i}(x, y) {{ {Block(1)} {Expr(1)} }}\n");
            _inFunction = false;
        }

        for (var i = _r.Next(1, 6); i > 0; i--)
        {
            sb.Append(Stmt(0)).Append('\n');
        }

        sb.Append(Expr(0));
        return sb.ToString();
    }

    private string Mutate(string script)
    {
        var chars = new StringBuilder(script);
        for (var n = _r.Next(1, 4); n > 0 && chars.Length > 0; n--)
        {
            var at = _r.Next(chars.Length);
            switch (_r.Next(5))
            {
                case 0:
                    chars.Remove(at, Math.Min(_r.Next(1, 10), chars.Length - at));
                    break;
                case 1:
                    chars.Insert(at, Tokens[_r.Next(Tokens.Length)]);
                    break;
                case 2:
                    chars[at] = (char)_r.Next(0, 128);
                    break;
                case 3:
                    var len = Math.Min(_r.Next(1, 30), chars.Length - at);
                    chars.Insert(_r.Next(chars.Length), chars.ToString(at, len));
                    break;
                default:
                    chars[at] = (char)_r.Next(0x80, 0x2FFFF > char.MaxValue ? char.MaxValue : 0x2FFFF);
                    break;
            }
        }

        return chars.ToString();
    }

    private string Var() => Vars[_r.Next(Vars.Length)];

    private string Block(int depth)
    {
        var sb = new StringBuilder();
        for (var i = _r.Next(0, 3); i > 0; i--)
        {
            sb.Append(Stmt(depth + 1)).Append(' ');
        }

        return sb.ToString();
    }

    private string Stmt(int depth)
    {
        if (depth > 4)
        {
            return $"{Var()} = {Expr(depth)};";
        }

        switch (_r.Next(18))
        {
            case 16: case 17: return Attack(depth);
            case 0: return $"let {Var()} = {Expr(depth)};";
            case 1: case 2: return $"{Var()} {AssignOps[_r.Next(AssignOps.Length)]} {Expr(depth)};";
            case 3: return $"if {Expr(depth)} {{ {Block(depth)} }} else {{ {Block(depth)} }}";
            case 4: return Loop(depth, $"while {Expr(depth)} {{ {{0}} }}");
            case 5: return Loop(depth, "loop { {0} if " + Expr(depth) + " { break; } }");
            case 6: return Loop(depth, $"for {(_r.Next(2) == 0 ? "i" : "(i, j)")} in {Expr(depth)} {{ {{0}} }}");
            case 7: return $"try {{ {Block(depth)} }} catch (err) {{ {Block(depth)} }}";
            case 8: return _r.Next(4) == 0 ? $"throw {Expr(depth)};" : $"arr.push({Expr(depth)});";
            case 9: return _loopDepth > 0 ? (_r.Next(2) == 0 ? "break;" : "continue;") : $"{Expr(depth)};";
            case 10: return _inFunction && _r.Next(3) == 0 ? $"return {Expr(depth)};" : $"s += {Expr(depth)};";
            case 11: return $"m.{Var()} = {Expr(depth)};";
            case 12: return $"arr[{_r.Next(-2, 4)}] = {Expr(depth)};";
            case 13: return Loop(depth, "do { {0} } while " + Expr(depth) + ";");
            case 14: return $"const K{_r.Next(3)} = {Expr(depth)};";
            default: return $"{Expr(depth)};";
        }
    }

    /// <summary>
    /// Shapes that once got past the limits (issue 16): long postfix chains, deep and shared curry chains, huge ranges
    /// with negative bounds, growth inside calls, and constants changed through every mutating method.
    /// </summary>
    private string Attack(int depth)
    {
        var n = _r.Next(1, 4) switch { 1 => _r.Next(1, 70), 2 => _r.Next(60, 400), _ => _r.Next(400, 3000) };
        string Repeat(string link) => string.Concat(Enumerable.Repeat(link, n));
        switch (_r.Next(12))
        {
            case 0: return $"{Var()}{Repeat(".len()")};";
            case 1: return $"{Var()}{Repeat("[0]")};";
            case 2: return $"{Var()}{Repeat("?.x")};";
            case 3: return $"{Var()}{Repeat(_r.Next(2) == 0 ? ".x" : "?[1]")} = {Atom()};";
            case 4: return $"let g = Fn(\"f1\"); for i in 0..{n * 100} {{ g = Fn(\"f1\").curry(g); }} {Var()} = [g == g, to_json(#{{g: g}}).len()];";
            case 5: return $"let g = Fn(\"f1\"); let h = g; for i in 0..{_r.Next(20, 64)} {{ g = g.curry(g, g); h = h.curry(h, h); }} {Var()} = [g == h, [h].contains(g), g != h];";
            case 6: return $"for i in {-_r.NextInt64(1, long.MaxValue)}..{(_r.Next(2) == 0 ? "=" : "")}{_r.Next(-5, 5)} {{ {Block(depth)} }}";
            case 7: return $"for i in range({-_r.NextInt64(1, long.MaxValue)}, {_r.Next(-5, 5)}) {{ s += 1; }}";
            case 8: return $"fn grow(x) {{ x + x }} for i in 0..64 {{ s = grow(s); arr.push(grow(`${{s}}`)); }}";
            case 9: return $"const K = [1, #{{a: [2]}}]; fn touch() {{ global::K.{MutatingMethods[_r.Next(MutatingMethods.Length)]}; }} try {{ touch(); }} catch {{ }} {Var()} = K;";
            case 10: return $"const K = [1, 2]; try {{ K[{_r.Next(-2, 3)}] = {Atom()}; }} catch {{ }} try {{ push(K, 3); }} catch {{ }} {Var()} = K;";
            default: return $"let t = [{Expr(depth)}]; for i in 0..{_r.Next(5, 40)} {{ t = [t, t]; }} {Var()} = [t == t, t.len()];";
        }
    }

    private static readonly string[] MutatingMethods = ["push(3)", "clear()", "pop()", "shift()", "insert(0, 9)", "append([4])", "reverse()", "sort()", "truncate(0)", "extract(0)", "retain(|x| false)", "dedup()", "splice(0, 1, [7])", "pad(9, 0)"];

    private string Loop(int depth, string shape)
    {
        _loopDepth++;
        var body = Block(depth);
        _loopDepth--;
        return shape.Replace("{0}", body, StringComparison.Ordinal);
    }

    private string Expr(int depth)
    {
        if (depth > 3 || _r.Next(depth + 2) == 0)
        {
            return Atom();
        }

        var d = depth + 1;
        switch (_r.Next(22))
        {
            case 0: case 1: case 2: return $"({Expr(d)} {BinaryOps[_r.Next(BinaryOps.Length)]} {Expr(d)})";
            case 3: return (_r.Next(2) == 0 ? "-(" : "!(") + Expr(d) + ")";
            case 4: return $"[{Expr(d)}, {Expr(d)}]";
            case 5: return $"#{{{Var()}: {Expr(d)}, k: {Expr(d)}}}";
            case 6: return _r.Next(3) == 0 ? $"{Var()}[{Var()}]" : $"{Var()}[{_r.Next(-2, 4)}]";
            case 7: return $"{Var()}.{Methods[_r.Next(Methods.Length)]}";
            case 8: return $"f{_r.Next(1, 3)}({Expr(d)}, {Expr(d)})";
            case 9: return $"{Var()}.map(|x| {Expr(d)})";
            case 10: return $"{Var()}.filter(|x, i| {Expr(d)})";
            case 11: return $"{Var()}.reduce(|t, x| {Expr(d)}, {Expr(d)})";
            case 12: return $"(|x| {Expr(d)}).call({Expr(d)})";
            case 13: return $"if {Expr(d)} {{ {Expr(d)} }} else {{ {Expr(d)} }}";
            case 14: return $"switch {Expr(d)} {{ 0 => {Expr(d)}, \"a\" | 'b' => {Expr(d)}, 1..5 => {Expr(d)}, 7 if {Expr(d)} => {Expr(d)}, _ => {Expr(d)} }}";
            case 15: return $"`x${{{Expr(d)}}}y${{{Var()}}}`";
            case 16: return $"{{ {Stmt(d)} {Expr(d)} }}";
            case 17: return $"({Expr(d)})..{(_r.Next(2) == 0 ? "=" : "")}({Expr(d)})";
            case 18: return $"{Var()}.pad({Expr(d)}, {Expr(d)})";
            case 19: return $"eval({Quote(Expr(d))})";
            case 20: return $"{Var()}.sort(|x, y| {Expr(d)})";
            default: return $"{Var()}.sub_string({Expr(d)}, {Expr(d)})";
        }
    }

    private static string Quote(string code) => "\"" + code.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private string Atom() => _r.Next(16) switch
    {
        0 => _r.Next(-3, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "9223372036854775807",
        2 => "(-9223372036854775807 - 1)",
        3 => (_r.NextDouble() * 100 - 50).ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture),
        4 => "\"ab\"",
        5 => "'c'",
        6 => _r.Next(2) == 0 ? "true" : "false",
        7 => "()",
        8 => "[1, 2, 3]",
        9 => "#{x: 1, y: \"s\"}",
        10 => "\"\"",
        11 => "1000000",
        12 => "Fn(\"f1\")",
        _ => Var(),
    };
}
