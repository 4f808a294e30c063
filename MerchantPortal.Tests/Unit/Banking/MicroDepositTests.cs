using MerchantPortal.Domain.Banking;

namespace MerchantPortal.Tests.Unit.Banking;

public class MicroDepositTests
{
    private const int Tries = 3;
    private static readonly DateTime Now = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan TenDays = TimeSpan.FromDays(10);

    private static MicroDeposit Deposit(int fen = 37) => MicroDeposit.Send(Guid.NewGuid(), "account", fen, Now, TenDays);

    [Fact]
    public void RightAmount_Verifies()
    {
        var deposit = Deposit();

        Assert.Equal(ConfirmationResult.Verified, deposit.Confirm(37, Now.AddHours(1), Tries));
        Assert.Equal(MicroDepositStatus.Verified, deposit.Status);
        Assert.Equal(ConfirmationResult.NotPending, deposit.Confirm(37, Now.AddHours(2), Tries));
    }

    [Fact]
    public void ThreeWrongAmounts_Lock_AndTheRightOneNoLongerHelps()
    {
        var deposit = Deposit();

        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(1, Now, Tries));
        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(2, Now, Tries));
        Assert.Equal(1, deposit.AttemptsLeft(Tries));
        Assert.Equal(ConfirmationResult.Locked, deposit.Confirm(3, Now, Tries));
        Assert.Equal(ConfirmationResult.Locked, deposit.Confirm(37, Now, Tries));
        Assert.Equal(MicroDepositStatus.Locked, deposit.Status);
    }

    [Fact]
    public void FewerTriesAllowedSinceTheWrongOnes_LocksEvenTheRightAmount()
    {
        var deposit = Deposit();
        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(1, Now, Tries));
        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(2, Now, Tries));

        Assert.Equal(0, deposit.AttemptsLeft(2));
        Assert.Equal(ConfirmationResult.Locked, deposit.Confirm(37, Now, 2));
        Assert.Equal(MicroDepositStatus.Locked, deposit.Status);
    }

    [Fact]
    public void MoreTriesAllowed_LeaveMoreAttempts()
    {
        var deposit = Deposit();
        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(1, Now, Tries));
        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(2, Now, Tries));

        Assert.Equal(ConfirmationResult.Wrong, deposit.Confirm(3, Now, 5));
        Assert.Equal(ConfirmationResult.Verified, deposit.Confirm(37, Now, 5));
    }

    [Fact]
    public void AfterTenDays_TheDepositHasExpired()
    {
        var deposit = Deposit();

        Assert.Equal(ConfirmationResult.Verified, Deposit().Confirm(37, Now.AddDays(10).AddSeconds(-1), Tries));
        Assert.Equal(ConfirmationResult.Expired, deposit.Confirm(37, Now.AddDays(10), Tries));
    }

    [Fact]
    public void Replaced_DepositCannotBeConfirmed()
    {
        var deposit = Deposit();
        deposit.Replace();

        Assert.Equal(ConfirmationResult.NotPending, deposit.Confirm(37, Now, Tries));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void AmountsOutsideOneTo99Fen_AreNotSent(int fen) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MicroDeposit.Send(Guid.NewGuid(), "a", fen, Now, TenDays));

    [Theory]
    [InlineData("0.37", 37)]
    [InlineData("¥0.05", 5)]
    [InlineData("0.5元", 50)]
    [InlineData("０.３７", 37)]
    [InlineData(" .37 ", 37)]
    public void TypedAmounts_AreReadAsFen(string typed, int fen)
    {
        Assert.True(YuanAmount.TryParseFen(typed, out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0.375")]
    [InlineData("-0.37")]
    public void Nonsense_IsNotAnAmount(string typed) => Assert.False(YuanAmount.TryParseFen(typed, out _));
}
