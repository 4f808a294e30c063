namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>A figure with its label, drawn as a tile; the value is already formatted for the reader's culture.</summary>
public sealed record KpiTile(string Label, string Value);
