using RhaiSharp;

// Compile a rule once; the Ast is immutable and can be shared (also across threads).
var engine = new Engine();
var rule = engine.Compile("""
    // Inputs come from the scope: total (float) and tier (string).
    fn rate(total, tier) {
        if total >= 100.0 && tier == "gold" { 0.15 } else if total >= 100.0 { 0.05 } else { 0.0 }
    }

    let price = total * (1.0 - rate(total, tier));
    price
    """);

// Run it many times, each with its own scope holding the inputs.
(double Total, string Tier)[] orders = [(120.0, "gold"), (150.0, "regular"), (40.0, "regular")];
foreach (var (total, tier) in orders)
{
    var scope = new Scope().Push("total", total).Push("tier", tier);
    var price = engine.Eval<double>(rule, scope);

    // Top-level variables the script declares stay in the scope.
    Console.WriteLine($"{tier,-8} {total,7:F2} -> {price,7:F2} (scope.price = {scope.Get<double>("price"):F2})");
}

// Script errors are ScriptExceptions (ParseException, RuntimeException) with a position.
try
{
    engine.Eval<long>(rule, new Scope().Push("total", "not a number").Push("tier", "gold"));
}
catch (ScriptException e)
{
    Console.WriteLine($"error at {e.Position}: {e.RawMessage}");
}
