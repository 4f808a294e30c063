using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Tests.Unit.Platforms.WeChatPay;

public class WeChatPayAuthorizationTests
{
    [Fact]
    public void TheHeader_IsWrittenInTheSdksOrder_AndReadInAnyOrder()
    {
        var authorization = new WeChatPayAuthorization("1900000001", "NONCE", "1554208460", "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C", "c2lnbg==");
        const string Shuffled = "WECHATPAY2-SHA256-RSA2048 signature=\"c2lnbg==\", serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\",timestamp=\"1554208460\",nonce_str=\"NONCE\",mchid=\"1900000001\"";

        Assert.Equal("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"NONCE\",timestamp=\"1554208460\",serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\",signature=\"c2lnbg==\"",
            authorization.ToString());
        Assert.Equal(authorization, WeChatPayAuthorization.Parse(authorization.ToString(), out _));
        Assert.Equal(authorization, WeChatPayAuthorization.Parse(Shuffled, out _));
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("Bearer abc", "schema")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=\"1\",nonce_str=\"n\",timestamp=\"1\",serial_no=\"s\"", "signature")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=\"1\",mchid=\"2\",nonce_str=\"n\",timestamp=\"1\",serial_no=\"s\",signature=\"x\"", "twice")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=1,nonce_str=\"n\"", "name=\"value\"")]
    [InlineData("WECHATPAY2-SHA256-RSA2048 mchid=\"1\" nonce_str=\"n\"", "commas")]
    public void AMalformedHeader_IsRefused_SayingWhy(string? header, string why)
    {
        Assert.Null(WeChatPayAuthorization.Parse(header, out var problem));
        Assert.Contains(why, problem);
    }
}
