using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// One filter as the PDF library sees it (it decodes cross-reference and object streams while opening a file):
/// the data is first decoded only to count, against the budget, and only then decoded into an array of that size,
/// so a bomb costs time up to the limit but never memory; what the library keeps is limited per file.
/// </summary>
internal sealed class BudgetedFilter(string name, PdfBudget budget) : IFilter
{
    public bool IsSupported => true;

    public Memory<byte> Decode(
        Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.ThrowIfExceeded();
        budget.EncryptionDeclared |= streamDictionary.Data.ContainsKey("Encrypt");
        if (PdfFilters.IsImageFilter(name))
        {
            return input;
        }

        var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
        var limit = Math.Min(StreamLimits.Of(streamDictionary, budget), budget.HeldRemaining);
        long size = 0;
        var decoder = PdfFilters.Open(name, AsStream(input), parameters);
        using (var counting = new BudgetedStream(decoder, budget, limit, charge: true))
        {
            size = StreamLimits.Drain(counting);
        }

        StreamLimits.ChargeEntries(streamDictionary, size, budget);
        budget.ChargeHeld(size);
        var output = new byte[size];
        using var decoding = PdfFilters.Open(name, AsStream(input), parameters);
        decoding.ReadExactly(output);
        return output;
    }

    public static Stream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
