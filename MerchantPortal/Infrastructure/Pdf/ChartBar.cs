namespace MerchantPortal.Infrastructure.Pdf;

/// <summary>One bar of a horizontal bar chart: its label, its length, and the figure printed beside it.</summary>
public sealed record ChartBar(string Label, double Value, string ValueText);
