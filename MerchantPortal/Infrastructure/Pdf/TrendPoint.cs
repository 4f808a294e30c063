namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>One day (or other step) of a trend chart: the axis label and the value.</summary>
public sealed record TrendPoint(string Label, double Value);
