namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>The <c>Reports</c> configuration section.</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    public const string FontPathKey = Section + ":" + nameof(FontPath);

    /// <summary>A .ttf or .ttc font with Chinese glyphs and TrueType outlines; empty means a known system location.</summary>
    public string? FontPath { get; set; }
}
