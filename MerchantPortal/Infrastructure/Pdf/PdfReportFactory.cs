using Microsoft.Extensions.Options;

namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>Starts reports once the CJK font is installed; throws <see cref="MissingFontException"/> when there is none.</summary>
public sealed class PdfReportFactory(IOptions<ReportOptions> options)
{
    public PdfReport Create(string title, string headerNote)
    {
        PdfFonts.EnsureInstalled(options.Value.FontPath);
        return new PdfReport(title, headerNote);
    }
}
