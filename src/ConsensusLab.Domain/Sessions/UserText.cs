namespace ConsensusLab.Domain.Sessions;

/// <summary>
/// The rule for text people type into a definition (titles, prompts, labels, names): bounded, and free of characters
/// that could change how the pages around it read. Bidirectional embeddings and overrides (U+202A–U+202E) and
/// isolates (U+2066–U+2069) would reorder what follows them; control characters have no place in a label. Line breaks
/// are allowed where text may span lines (descriptions).
/// </summary>
public static class UserText
{
    /// <summary>Null when the text is acceptable; otherwise why not, naming <paramref name="field"/>.</summary>
    public static string? Problem(string? text, string field, int maxLength, bool required = true, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? $"{field} is required." : null;
        if (text.Length > maxLength)
            return $"{field} has {text.Length} characters; at most {maxLength} are allowed.";
        foreach (var c in text)
        {
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                return $"{field} contains a bidirectional control character (U+{(int)c:X4}), which would reorder the text around it.";
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
                return $"{field} contains a control character (U+{(int)c:X4}).";
        }
        return null;
    }
}
