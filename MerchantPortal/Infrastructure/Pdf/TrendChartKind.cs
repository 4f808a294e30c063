namespace MerchantPortal.Infrastructure.Pdf;

public enum TrendChartKind
{
    Columns,
    Line,
}
