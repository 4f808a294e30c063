using UglyToad.PdfPig.Filters;

namespace MerchantPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Every filter the PDF library may use, each counting against one file's <see cref="PdfBudget"/>; the library's own
/// filters have no limit. Image filters pass their data through: the check never renders pixels.
/// </summary>
internal sealed class BudgetedFilterProvider(PdfBudget budget) : BaseFilterProvider(Filters(budget))
{
    private static readonly string[] Names =
    [
        "FlateDecode", "Fl", "LZWDecode", "LZW", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85",
        "RunLengthDecode", "RL",
        "DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode",
    ];

    private static Dictionary<string, IFilter> Filters(PdfBudget budget) =>
        Names.ToDictionary(name => name, IFilter (name) => new BudgetedFilter(name, budget));
}
