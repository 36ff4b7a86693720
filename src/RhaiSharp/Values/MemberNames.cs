using System.Text;

namespace RhaiSharp.Values;

/// <summary>
/// How a .NET member's name is spelled in scripts, for binding a type's members (<c>RegisterType&lt;T&gt;()</c>) and for
/// reading maps back into records and classes: one rule for both directions.
/// </summary>
internal static class MemberNames
{
    /// <summary><c>UnitPrice</c> → <c>unitPrice</c>.</summary>
    public static string CamelCase(string member) =>
        member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];

    /// <summary><c>UnitPrice</c> → <c>unit_price</c>, <c>HTTPStatus</c> → <c>http_status</c>, <c>Line2Total</c> → <c>line2_total</c>.</summary>
    public static string SnakeCase(string member)
    {
        var sb = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit, or before a lower-case
                // one inside a run of capitals (HTTPStatus → http_status).
                var startsWord = i > 0 && (char.IsLower(member[i - 1]) || char.IsDigit(member[i - 1])
                    || (char.IsUpper(member[i - 1]) && i + 1 < member.Length && char.IsLower(member[i + 1])));
                if (startsWord && sb.Length > 0 && sb[^1] != '_')
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
