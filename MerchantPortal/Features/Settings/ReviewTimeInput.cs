namespace MerchantPortal.Features.Settings;

/// <summary>The review SLA and the working calendar it is counted on.</summary>
public sealed class ReviewTimeInput
{
    public int SlaWorkingHours { get; set; }

    public List<DateOnly> PublicHolidays { get; set; } = [];

    /// <summary>Weekend days worked in exchange for a longer holiday (调休).</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
}
