namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>A table column: its header, its share of the width (weights are relative), and right alignment for figures.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, bool AlignRight = false);
