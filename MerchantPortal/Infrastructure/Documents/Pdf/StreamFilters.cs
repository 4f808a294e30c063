using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>A stream's /Filter chain with its /DecodeParms, opened as one budgeted decoding stream.</summary>
internal static class StreamFilters
{
    public static (IReadOnlyList<string> Filters, IReadOnlyList<DictionaryToken> Parameters) Read(
        DictionaryToken dictionary, Func<IToken, IToken?> resolve)
    {
        // /F names the filters only of inline images; the PDF library reads it as a fallback, so do the same.
        var filter = resolve(Get(dictionary, "Filter") ?? Get(dictionary, "F") ?? NullToken.Instance);
        var names = filter switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.Select(item => resolve(item) as NameToken
                ?? throw new InvalidDataException("A filter that is not a name.")).Select(name => name.Data).ToList(),
            null or NullToken => [],
            _ => throw new InvalidDataException("A /Filter that is neither a name nor an array."),
        };

        var parameters = resolve(Get(dictionary, "DecodeParms") ?? Get(dictionary, "DP") ?? NullToken.Instance);
        var list = names.Select((_, i) => (parameters switch
        {
            DictionaryToken single when i == 0 => single,
            ArrayToken array when i < array.Data.Count => resolve(array.Data[i]) as DictionaryToken,
            _ => null,
        }) ?? DictionaryToken.Empty).ToList();
        return (names, list);
    }

    /// <summary>
    /// Decodes up to the first image filter (its output is pixels: <paramref name="pixels"/> is then true); each stage
    /// counts against the stream's limit and the file's budget.
    /// </summary>
    public static Stream Open(
        ReadOnlyMemory<byte> data,
        IReadOnlyList<string> filters,
        IReadOnlyList<DictionaryToken> parameters,
        PdfBudget budget,
        out bool pixels)
    {
        pixels = false;
        var stream = BudgetedFilter.AsStream(data);
        for (var i = 0; i < filters.Count; i++)
        {
            if (PdfFilters.IsImageFilter(filters[i]))
            {
                pixels = true;
                break;
            }

            var decoder = PdfFilters.Open(filters[i], stream, parameters[i]);
            stream = new BudgetedStream(decoder, budget, PdfBudget.MaxStreamBytes, charge: true);
        }

        return stream;
    }

    private static IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) ? token : null;
}
