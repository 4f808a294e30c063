using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// How much one stream may decode to. Cross-reference and object streams become tables in the PDF library, so
/// they are held to what <see cref="PdfBudget.MaxObjects"/> objects need before they are expanded.
/// </summary>
internal static class StreamLimits
{
    public static long Of(DictionaryToken dictionary, PdfBudget budget)
    {
        if (Type(dictionary) == "ObjStm" && Number(dictionary, "N") is < 0 or > PdfBudget.MaxObjects)
        {
            budget.Exceed();
        }

        return Type(dictionary) == "XRef"
            ? Math.Min(PdfBudget.MaxStreamBytes, (long)PdfBudget.MaxObjects * EntryWidth(dictionary))
            : PdfBudget.MaxStreamBytes;
    }

    /// <summary>Objects declared by object streams and entries of cross-reference streams, counted per file.</summary>
    public static void ChargeEntries(DictionaryToken dictionary, long decodedBytes, PdfBudget budget)
    {
        switch (Type(dictionary))
        {
            case "ObjStm":
                budget.ChargeObjects(Number(dictionary, "N"));
                break;
            case "XRef":
                budget.ChargeObjects(decodedBytes / EntryWidth(dictionary));
                break;
        }
    }

    /// <summary>Reads a decoding stream to its end, keeping nothing; returns how many bytes it gave.</summary>
    public static long Drain(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = stream.Read(buffer)) > 0;)
        {
            total += n;
        }

        return total;
    }

    public static string? Type(DictionaryToken dictionary) =>
        dictionary.Data.TryGetValue("Type", out var type) && type is NameToken name ? name.Data : null;

    private static long Number(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) && token is NumericToken number ? number.Long : 0;

    private static int EntryWidth(DictionaryToken dictionary) =>
        dictionary.Data.TryGetValue("W", out var token) && token is ArrayToken widths
            ? Math.Max(1, widths.Data.OfType<NumericToken>().Sum(w => Math.Clamp(w.Int, 0, 8)))
            : 1;
}
