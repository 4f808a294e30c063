using MerchantPortal.Platforms.Signing;
using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Platforms.Alipay.Protocol;

namespace MerchantPortal.Tests.Unit.Platforms.Alipay;

public class AlipayProtocolTests
{
    [Fact]
    public void ARequestsSignContent_IsSorted_SkipsEmptyValuesAndTheSign_AndKeepsSignType()
    {
        var content = AlipaySignContent.ForRequest(new Dictionary<string, string?>
        {
            ["timestamp"] = "2026-11-26 10:00:00",
            ["method"] = "alipay.trade.precreate",
            ["sign"] = "abc",
            ["sign_type"] = "RSA2",
            ["notify_url"] = "",
            ["app_auth_token"] = null,
            ["biz_content"] = """{"out_trade_no":"T1","total_amount":"0.01","subject":"测试 商品"}""",
            ["app_id"] = "2021000000000001",
        });

        Assert.Equal("""app_id=2021000000000001&biz_content={"out_trade_no":"T1","total_amount":"0.01","subject":"测试 商品"}&method=alipay.trade.precreate&sign_type=RSA2&timestamp=2026-11-26 10:00:00""", content);
    }

    [Fact]
    public void SignAndVerify_RoundTrip_AndAnyChangeFails()
    {
        using var key = RSA.Create(2048);
        var signature = Sha256WithRsa.Sign("a=1&b=2", key);

        Assert.True(Sha256WithRsa.Verify("a=1&b=2", signature, key));
        Assert.False(Sha256WithRsa.Verify("a=1&b=3", signature, key));
        Assert.False(Sha256WithRsa.Verify("a=1&b=2", "not base64!", key));
        Assert.False(Sha256WithRsa.Verify("a=1&b=2", null, key));
    }

    [Fact]
    public void KeysWithoutPemHeaders_AreRead_AsAlipaysKeyToolShowsThem()
    {
        using var original = RSA.Create(2048);
        var pkcs1 = Convert.ToBase64String(original.ExportRSAPrivateKey());
        var pkcs8 = Convert.ToBase64String(original.ExportPkcs8PrivateKey());
        var publicKey = Convert.ToBase64String(original.ExportSubjectPublicKeyInfo());

        using var fromPkcs1 = AlipayKeys.PrivateKey(pkcs1);
        using var fromPkcs8 = AlipayKeys.PrivateKey(pkcs8);
        using var verifier = AlipayKeys.PublicKey(publicKey);

        Assert.True(Sha256WithRsa.Verify("x=1", Sha256WithRsa.Sign("x=1", fromPkcs1), verifier));
        Assert.True(Sha256WithRsa.Verify("x=1", Sha256WithRsa.Sign("x=1", fromPkcs8), verifier));
    }

    [Theory]
    [InlineData("""{"alipay_trade_query_response":{"code":"10000","sign":"inner"},"sign":"outer"}""", """{"code":"10000","sign":"inner"}""")]
    [InlineData("{\r\n  \"alipay_trade_query_response\" :\r\n {\"url\":\"http:\\/\\/x\"} ,\"sign\":\"outer\"}", """{"url":"http:\/\/x"}""")]
    [InlineData("""{"sign":"outer","alipay_trade_query_response":{"a":[1,{"b":"}"}]}}""", """{"a":[1,{"b":"}"}]}""")]
    public void TheSignedPart_IsTheInnerObjectsBytes_WhereverTheSignKeyIs(string body, string signed)
    {
        var response = AlipayResponseBody.Parse(Encoding.UTF8.GetBytes(body), "alipay.trade.query")!;

        Assert.Equal(signed, response.SignedText);
        Assert.Equal(("alipay_trade_query_response", "outer"), (response.ResponseKey, response.Sign));
    }

    [Fact]
    public void AnErrorResponse_IsFoundUnderItsOwnKey_AndGarbageIsNoResponse()
    {
        var error = AlipayResponseBody.Parse(Encoding.UTF8.GetBytes("""{"error_response":{"code":"40002","msg":"Invalid Arguments"},"sign":"s"}"""), "alipay.trade.query")!;

        Assert.Equal("error_response", error.ResponseKey);
        Assert.Null(AlipayResponseBody.Parse(Encoding.UTF8.GetBytes("<html>502</html>"), "alipay.trade.query"));
        Assert.Null(AlipayResponseBody.Parse(Encoding.UTF8.GetBytes("""{"other":1}"""), "alipay.trade.query"));
    }
}
