using MerchantPortal.Platforms.Alipay.Sandbox;

namespace MerchantPortal.Tests.Unit.Platforms.Alipay;

public class AlipaySandboxTradeTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RefundsAddUp_TheSameRequestNumberMovesNoMoney_AndTheWholeAmountClosesTheTrade()
    {
        var trade = Paid(100m);

        var first = trade.Refund("R1", 30m, Now);
        var repeat = trade.Refund("R1", 30m, Now);
        var rest = trade.Refund("R2", 70m, Now);

        Assert.True(first.FundChange);
        Assert.False(repeat.FundChange);
        Assert.True(rest.FundChange);
        Assert.Equal(100m, trade.RefundedAmount);
        Assert.Equal(AlipayTradeStatus.TRADE_CLOSED, trade.Status);
    }

    [Fact]
    public void RefundingMoreThanIsLeft_IsRefused()
    {
        var trade = Paid(10m);
        trade.Refund("R1", 6m, Now);

        Assert.Equal("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", Assert.Throws<AlipayGatewayException>(() => trade.Refund("R2", 4.01m, Now)).Error.SubCode);
    }

    [Fact]
    public void AnUnpaidTrade_CannotBeRefunded_ButCanBeClosed_OnlyOnce()
    {
        var trade = Waiting(5m);

        Assert.Equal("ACQ.TRADE_STATUS_ERROR", Assert.Throws<AlipayGatewayException>(() => trade.Refund("R1", 1m, Now)).Error.SubCode);
        trade.Close(Now);
        Assert.Equal(AlipayTradeStatus.TRADE_CLOSED, trade.Status);
        Assert.Equal("ACQ.TRADE_HAS_CLOSE", Assert.Throws<AlipayGatewayException>(() => trade.Close(Now)).Error.SubCode);
    }

    [Fact]
    public void APaidTrade_CannotBeClosedOrPaidAgain()
    {
        var trade = Paid(5m);

        Assert.Equal("ACQ.TRADE_STATUS_ERROR", Assert.Throws<AlipayGatewayException>(() => trade.Close(Now)).Error.SubCode);
        Assert.Equal("ACQ.TRADE_HAS_SUCCESS", Assert.Throws<AlipayGatewayException>(() => trade.Pay("b", "2088000000000001", Now)).Error.SubCode);
    }

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("88.88", true)]
    [InlineData("100000000", true)]
    [InlineData("100000000.01", false)]
    [InlineData("0", false)]
    [InlineData("1.234", false)]
    [InlineData("-1", false)]
    [InlineData("1e3", false)]
    [InlineData("１０", false)]
    public void Amounts_AreYuanWithAtMostTwoDecimals(string text, bool valid)
    {
        var error = Record.Exception(() => AlipayAmount.Parse(text, "total_amount"));

        Assert.Equal(valid, error is null);
    }

    private static AlipaySandboxTrade Waiting(decimal amount) =>
        AlipaySandboxTrade.Precreate(Guid.NewGuid(), "O1", "s", amount, null, "2026112600000000000000000001", Now);

    private static AlipaySandboxTrade Paid(decimal amount)
    {
        var trade = Waiting(amount);
        trade.Pay("buyer@example.com", "2088000000000001", Now);
        return trade;
    }
}
