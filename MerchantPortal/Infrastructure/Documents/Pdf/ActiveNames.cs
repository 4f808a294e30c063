namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// PDF names that make a document do something when opened or clicked: run a script, start a program, carry or
/// fetch a file, send form data. Found as a dictionary key or a name value anywhere, the file is refused.
/// </summary>
internal static class ActiveNames
{
    private static readonly HashSet<string> Names =
    [
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "AA", "RichMedia",
        "SubmitForm", "ImportData", "GoToR", "GoToE",
    ];

    /// <summary>The longest name above: a longer one cannot match, so the content scanner stops collecting.</summary>
    public const int LongestName = 13;

    public static bool Contains(string name) => Names.Contains(name);

    /// <summary>
    /// Keys that are active only as keys: /EF holds a file specification's embedded files (whose own /Type is
    /// optional),
    /// /OpenAction only when its value is an action rather than a destination (checked by the walker).
    /// </summary>
    public static bool IsActiveKey(string key) => key == "EF" || Names.Contains(key);
}
