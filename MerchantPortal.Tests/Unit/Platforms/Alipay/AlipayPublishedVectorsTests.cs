using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.Alipay.Client;
using MerchantPortal.Platforms.Alipay.Protocol;

namespace MerchantPortal.Tests.Unit.Platforms.Alipay;

/// <summary>
/// The vectors Alipay publishes in its Node.js SDK (alipay/alipay-sdk-nodejs-all, test/alipay.test.ts at
/// 6886bb7c: "checkResponseSign should work", "verify sign should delete sign_type", "verify sign should not
/// delete sign_type"), with the keys from its fixtures: signatures made by Alipay's servers, checked here by the
/// portal's own implementation of the protocol.
/// </summary>
public class AlipayPublishedVectorsTests
{
    // test/fixtures/alipay-public-key.pem (at bf1c0261).
    private const string ResponseKey = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAk7LzhmMa2c4qQd4fqAqenfbuFoA7stPKvoS1LrZEsVnOOGUUjwoa1oU9xsSPjcOWhIerU/VAN4J95GIAXx59ipcleIyfLn2FhHXPgLJpvo+b2jJFyn/1/DbeJDh+0yDVAOf50Z7HhI0mdUhFMkXlT7BU0ZMtJf/TmISFEfhDU/w6qFd6D42L97byAkq0K6LroglSVF24GqJEa7hSeUIkZWj7RasykXrc2uVJ1+ejkXE0LyPxa2AHykMGbJLf5SiZvaNzUZgnKIR36mLOHpQ/2JCXxhXZYUWHzy0kMH54JcUEeksFWBYLGvLjV1phbcUIc3Q76tIuqApY6E222OoZZQIDAQAB
        -----END PUBLIC KEY-----
        """;

    // The inline key of "verify sign should delete sign_type", as the SDK wraps it.
    private const string TradeNotifyKey = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqObrdC7hrgAVM98tK0nv3hSQRGGKT4lBsQjHiGjeYZjOPIPHR5knm2jnnz/YGIXIofVHkA/tAlBAd5DrY7YpvI4tP5EONLtZKC2ghBMx7McI2wRD0xiqzxOQr1FuhZGJ8/AUokBzJrzY+aGX2xcOrxFYRlFilvVLTXg4LWjR1tdPkO6+i7wQZAIVMClPkwVRZEbaERRHlKqTzv2gGv5rDU8gRoe1LeaN+6BlbTqHWkQcNCUNrA8C6l17XAXGKDsm/9TFWwO8EPHHHCaQdjtV5/FdcWIt+L8SR1ss7EXTjYDFtxcKVv9rEoY1lX8T4mX+GbXfZHraG5NCF1+XioL5JwIDAQAB
        -----END PUBLIC KEY-----
        """;

    // test/fixtures/alipay-notify-sign-public-key-v2.pem.
    private const string ServiceMarketNotifyKey = """
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAk6DCsBIUhWriFohzRV8F
        ic6oQWNnLKKILNk97VU5qcHEuxYzCujKoyva5gy1170mFJw4IcgJF8AyS7iDUwzA
        wF4Pp9CpWxDhUhe7mdQJhjBmvTcPLGFFrzlj6unO5lAcbdwaxPUtSxOaNxPJGrTK
        /wnKQSbjTMMltp1J68q2Tfgrsn/NdZ6lrxO9rvmky8kowqaH5NjntyHO59jCGabM
        j5sI14z8N61wB/QuIJrDuzIPMPrSNbq0cOWcSCDG09oUHTp9fk7suDB8UiFcmVTX
        OvK3d4HbeX8V9YsEMxrwxEoYgRRj6K2qrC6oxw480cqf2ueumCmHg6xrcgkyXK81
        hwIDAQAB
        -----END PUBLIC KEY-----
        """;

    private const string UploadResponse = "{\"alipay_open_file_upload_response\":{\"code\":\"10000\",\"msg\":\"Success\",\"file_id\":\"CAxAToWB1JsAAAAAAAAAAAAADgSLAQBr\"},\"sign\":\"F+LDzpTNiavn7xVZPGuPCSSVRSmWzJGgtuji6tVELGEaqMaNj0jRKXUEr5nloZJBBmwEnddOyCjjepMmrTKTvoOqQ0Efxpr/R1iEeHTHVbb/Q8TTh6Up5gHJDkILdaWS2q1cWeQ6VT+HQY9P3WRXS7uhILHuDODIhpAyCu5KhWGt0rMCIG+Im6NODJP2oohtSCtmTFXg58HH587Z2y2bdbjzOxLvzD9IrU1imghXQ2S/Q+wMIvRk9on6cWnBLkrNvJKapA2ReNGWOwyuASvB9zDVzhMPbR+3mfRGkVDxsq5HYLjBKGskJMXHw0HuugZij6ScRuaLPODhmHwr/pJ9yw==\"}";

    // The trade notification; fund_bill_list arrives as the JSON text a form post carries.
    private static Dictionary<string, string?> TradeNotification() => new()
    {
        ["gmt_create"] = "2019-08-15 15:56:22",
        ["charset"] = "utf-8",
        ["seller_email"] = "z97-yuquerevenue@service.aliyun.com",
        ["subject"] = "语雀空间 500人规模",
        ["sign"] = "QfTb8tqE1BMhS5qAnXtvsF3/jBkEvu9q9en0pdbBUDDjvKycZhQb7h8GDs4FKfi049PynaNuatxSgLb/nLWZpXyyh0LEWdK2S6Ri7nPwrVgOs08zugLO20vOQz44y3ti2Ncm8/wZts1Fr2gZ7pShnVX3d1B50hbsXnObT1r/U8ONNQjWXd0HIul4TG+Q3fm3svmSvFEy0WnzuhcyHPX5Gm4ELNctL6Qd5YniGJFNcc7kopHYtI/XD9YCKCH6Ct02rzUs9i11C9CsadtZn+WhxF26Dqt9sGEFajkJ8cxUTLi8+VCpLHsgPE8P0y095uQcDdK0YjCh4x7wVSov+lrmOQ==",
        ["buyer_id"] = "2088102534368455",
        ["invoice_amount"] = "0.10",
        ["notify_id"] = "2019081500222155624068450559358070",
        ["fund_bill_list"] = "[{\"amount\":\"0.10\",\"fundChannel\":\"ALIPAYACCOUNT\"}]",
        ["notify_type"] = "trade_status_sync",
        ["trade_status"] = "TRADE_SUCCESS",
        ["receipt_amount"] = "0.10",
        ["buyer_pay_amount"] = "0.10",
        ["sign_type"] = "RSA2",
        ["app_id"] = "2019073166072302",
        ["seller_id"] = "2088531891668739",
        ["gmt_payment"] = "2019-08-15 15:56:24",
        ["notify_time"] = "2019-08-15 15:56:25",
        ["version"] = "1.0",
        ["out_trade_no"] = "20190815155618536-564-57",
        ["total_amount"] = "0.10",
        ["trade_no"] = "2019081522001468450512505578",
        ["auth_app_id"] = "2019073166072302",
        ["buyer_logon_id"] = "xud***@126.com",
        ["point_amount"] = "0.00",
    };

    private static Dictionary<string, string?> ServiceMarketNotification() => new()
    {
        ["app_id"] = "2017122801303261",
        ["charset"] = "UTF-8",
        ["commodity_order_id"] = "2019030800000018079639",
        ["contactor"] = "技术支持测试的公司",
        ["merchant_pid"] = "2088721996721370",
        ["method"] = "alipay.open.servicemarket.order.notify",
        ["name"] = "技术支持测试的公司",
        ["notify_id"] = "2019030800222102023008121054923345",
        ["notify_time"] = "2019-03-08 10:20:23",
        ["notify_type"] = "servicemarket_order_notify",
        ["order_item_num"] = "1",
        ["order_ticket"] = "29b1c37d99ab48c5bd5bdaeaeaefbB37",
        ["order_time"] = "2019-03-08 10:20:08",
        ["phone"] = "17826894615",
        ["service_code"] = "58621634",
        ["sign"] = "MsK5SCw8oqLw4f0hiNSd5OVGXxBY3wnQeT8vn5PklJSZFWSZbK4hQbNvkp4ZezeXQH514cEv0ul6Qow8yh6e6yM06LfEL+EZjcpZ0nxzFGRNQ5qq2AUc1OaXQdk92AGvxh+Iq4NGpPQFBd4D8EBJa3NJd8+czMfQskceosOQFqUtLQMYa5DPs+VpN7VM5BdXjaVIuKn5d9Wm2B9dI9ObIM+YRySDkZZPv14DVmUvcrcqJfOR8aHvtSd7B4l92wUQPQgQKNcOQho7xOHS/Bk+Y74AZL2y7TkNmdDoq9OGsThuF5tDW9rI9nVwXxOtsuB+bstra+W7aw9x9DvkKgdSRw==",
        ["sign_type"] = "RSA2",
        ["timestamp"] = "2019-03-08 10:20:23",
        ["title"] = "麦禾商城模版",
        ["total_price"] = "0.00",
        ["version"] = "1.0",
    };

    [Fact]
    public void TheResponseSignature_CoversTheInnerObjectAsTransmitted()
    {
        var body = AlipayResponseBody.Parse(System.Text.Encoding.UTF8.GetBytes(UploadResponse), "alipay.open.file.upload")!;
        using var key = AlipayKeys.PublicKey(ResponseKey);

        Assert.Equal("""{"code":"10000","msg":"Success","file_id":"CAxAToWB1JsAAAAAAAAAAAAADgSLAQBr"}""", body.SignedText);
        Assert.True(Sha256WithRsa.Verify(body.SignedContent.Span, body.Sign, key));
        Assert.False(Sha256WithRsa.Verify(body.SignedContent.Span, "wrong-sing", key));
    }

    [Fact]
    public void ATradeNotification_IsSignedWithoutSignType()
    {
        var notification = TradeNotification();
        using var key = AlipayKeys.PublicKey(TradeNotifyKey);

        var withoutSignType = AlipaySignContent.ForNotification(notification, keepSignType: false);

        Assert.Equal("app_id=2019073166072302&auth_app_id=2019073166072302&buyer_id=2088102534368455&buyer_logon_id=xud***@126.com&buyer_pay_amount=0.10&charset=utf-8&fund_bill_list=[{\"amount\":\"0.10\",\"fundChannel\":\"ALIPAYACCOUNT\"}]&gmt_create=2019-08-15 15:56:22&gmt_payment=2019-08-15 15:56:24&invoice_amount=0.10&notify_id=2019081500222155624068450559358070&notify_time=2019-08-15 15:56:25&notify_type=trade_status_sync&out_trade_no=20190815155618536-564-57&point_amount=0.00&receipt_amount=0.10&seller_email=z97-yuquerevenue@service.aliyun.com&seller_id=2088531891668739&subject=语雀空间 500人规模&total_amount=0.10&trade_no=2019081522001468450512505578&trade_status=TRADE_SUCCESS&version=1.0", withoutSignType);
        Assert.True(Sha256WithRsa.Verify(withoutSignType, notification["sign"], key));
        Assert.False(Sha256WithRsa.Verify(AlipaySignContent.ForNotification(notification, keepSignType: true), notification["sign"], key));
    }

    [Fact]
    public void AServiceMarketNotification_KeepsSignTypeInTheSignedString()
    {
        var notification = ServiceMarketNotification();
        using var key = AlipayKeys.PublicKey(ServiceMarketNotifyKey);

        Assert.True(Sha256WithRsa.Verify(AlipaySignContent.ForNotification(notification, keepSignType: true), notification["sign"], key));
        notification["service_code"] = "58621634111";
        Assert.False(Sha256WithRsa.Verify(AlipaySignContent.ForNotification(notification, keepSignType: true), notification["sign"], key));
    }

    [Fact]
    public void ThePortalsNotificationVerifier_AcceptsBothPublishedKinds_AndNothingChanged()
    {
        var trade = TradeNotification();
        var market = ServiceMarketNotification();

        Assert.True(AlipayNotificationVerifier.Verify([.. trade], [TradeNotifyKey]));
        Assert.True(AlipayNotificationVerifier.Verify([.. market], [ServiceMarketNotifyKey]));
        Assert.False(AlipayNotificationVerifier.Verify([.. trade], [ServiceMarketNotifyKey]));
        trade["total_amount"] = "0.11";
        Assert.False(AlipayNotificationVerifier.Verify([.. trade], [TradeNotifyKey]));
    }

    [Fact]
    public async Task ThePortalsClient_TrustsThePublishedResponse_AndNotOneWithAByteChanged()
    {
        using var merchantKey = System.Security.Cryptography.RSA.Create(2048);
        AlipayClient ClientAnswering(string body) => new(new HttpClient(new Answering(body)),
            new AlipayClientOptions(new Uri("https://openapi.alipay.com/gateway.do"), "2021000000000000", merchantKey.ExportPkcs8PrivateKeyPem(), [ResponseKey]),
            TimeProvider.System);

        var result = await ClientAnswering(UploadResponse).ExecuteAsync("alipay.open.file.upload", new Dictionary<string, string>(), null, CancellationToken.None);

        Assert.Equal("CAxAToWB1JsAAAAAAAAAAAAADgSLAQBr", result.Field("file_id"));
        await Assert.ThrowsAsync<AlipayProtocolException>(() =>
            ClientAnswering(UploadResponse.Replace("CAxAToWB1Js", "CAxAToWB1Jt", StringComparison.Ordinal))
                .ExecuteAsync("alipay.open.file.upload", new Dictionary<string, string>(), null, CancellationToken.None));
    }

    /// <summary>Stands in for Alipay's gateway with one recorded answer.</summary>
    private sealed class Answering(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body) });
    }
}
