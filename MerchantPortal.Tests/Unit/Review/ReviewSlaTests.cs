using MerchantPortal.Domain.Review;

namespace MerchantPortal.Tests.Unit.Review;

public class ReviewSlaTests
{
    private static readonly DateTime Submitted = new(2026, 11, 25, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Due = Submitted.AddHours(40);

    [Theory]
    [InlineData(0, SlaLevel.OnTrack)]
    [InlineData(29, SlaLevel.OnTrack)]
    [InlineData(30, SlaLevel.DueSoon)]
    [InlineData(39.9, SlaLevel.DueSoon)]
    [InlineData(40, SlaLevel.Breached)]
    [InlineData(100, SlaLevel.Breached)]
    public void Level_ColoursTheLastQuarterAndEverythingPastDue(double hoursAfterSubmission, SlaLevel expected) =>
        Assert.Equal(expected, ReviewSla.Level(Submitted, Due, Submitted.AddHours(hoursAfterSubmission)));
}
