using CsvHelper;

namespace MerchantPortal.Infrastructure.Csv;

/// <summary>How every CSV the portal hands out is written.</summary>
public static class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The number of data rows a streamed export will write, so the page can show its progress.</summary>
    public const string TotalRowsHeader = "X-Total-Rows";

    /// <summary>
    /// A BOM makes Excel read UTF-8 Chinese correctly; escaping prefixes a quote to any cell that starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, so a spreadsheet never runs it as a formula.
    /// </summary>
    public static CsvWriter Create(Stream output) =>
        CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);
}
