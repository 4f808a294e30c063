using MerchantPortal.Platforms.Signing;
using System.Security.Cryptography;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// The server side of Alipay's OpenAPI gateway: checks the common parameters in Alipay's order and words, verifies
/// the RSA2 signature against every application public key valid now (two during a rotation's overlap), refuses a
/// <c>timestamp</c> more than <see cref="TimestampWindow"/> from its clock, runs the method, and signs the answer
/// with the app's current platform key.
/// </summary>
public sealed class AlipayGateway(
    IDbContextFactory<PortalDbContext> dbFactory, IDataProtectionProvider protection, AlipaySandboxTrades trades, SandboxRequestLog log, TimeProvider clock,
    ILogger<AlipayGateway> logger)
{
    /// <summary>Alipay publishes no window for <c>timestamp</c>; this one is the sandbox's own (README, "Alipay sandbox").</summary>
    public static readonly TimeSpan TimestampWindow = TimeSpan.FromMinutes(10);

    private readonly IDataProtector protector = protection.CreateProtector(CredentialStore.ProtectorPurpose);

    /// <param name="parameters">The query string's and the form's parameters together, as received.</param>
    /// <param name="qrBaseUrl">Where this sandbox's QR codes point.</param>
    /// <returns>The response body's exact bytes.</returns>
    public async Task<byte[]> HandleAsync(IReadOnlyList<KeyValuePair<string, string>> parameters, string qrBaseUrl)
    {
        var method = Single(parameters, "method");
        var responseKey = method is not null && AlipaySandboxTrades.Methods.Contains(method) ? AlipayResponseBody.ResponseKeyOf(method) : "error_response";
        await using var db = await dbFactory.CreateDbContextAsync();
        RSA? signer = null;
        EnrollmentCredentials? credentials = null;
        var authenticated = false;
        try
        {
            (credentials, signer) = await AuthenticateAsync(db, parameters, method);
            VerifySignature(parameters, credentials);
            CheckRest(parameters);
            authenticated = true;
            var fields = await trades.ExecuteAsync(db, method!, credentials, AlipayBizContent.Parse(Single(parameters, "biz_content")), RequestNotifyUrl(parameters), qrBaseUrl);
            await log.RecordAsync(credentials.Id, method!, Subject(parameters), accepted: true, "10000", null, null);
            return AlipayResponseWriter.Write(responseKey, [new("code", "10000"), new("msg", "Success"), .. fields], signer);
        }
        catch (AlipayGatewayException e)
        {
            if (credentials is not null)
            {
                await log.RecordAsync(credentials.Id, method ?? "?", Subject(parameters), authenticated, $"{e.Error.Code} {e.Error.SubCode}", e.Reason ?? Diagnose(e.Error, parameters, credentials),
                    e.Error.SubMsg);
            }

            return Refusal(responseKey, e.Error, signer);
        }
        catch (Exception e) when (e is DbUpdateException or DomainException { Code: DomainErrors.ConcurrentChange })
        {
            // Two requests raced on one trade (a refund and a close, two precreates): Alipay's answer is "try again".
            return Refusal(responseKey, Unavailable, signer);
        }
        catch (Exception e)
        {
            // Whatever went wrong stays in the server's log; the caller gets Alipay's "service unavailable".
            logger.LogError(e, "The Alipay sandbox failed on {Method}.", method);
            return Refusal(responseKey, Unavailable, signer);
        }
        finally
        {
            signer?.Dispose();
        }
    }

    /// <summary>What the request log says of a refusal: for a failed signature, what the merchant signed instead.</summary>
    private SandboxReason? Diagnose(AlipayGatewayError error, IReadOnlyList<KeyValuePair<string, string>> parameters, EnrollmentCredentials credentials) =>
        error.SubCode == "isv.invalid-signature" && Single(parameters, "sign") is { } sign && credentials.ValidKeys(KeyRole.Merchant, clock.GetUtcNow().UtcDateTime).Any()
            ? AlipaySignatureDiagnosis.Explain(parameters, sign, credentials, clock.GetUtcNow().UtcDateTime)
            : null;

    private static readonly AlipayGatewayError Unavailable = new("20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙，请稍后重试");

    private static byte[] Refusal(string responseKey, AlipayGatewayError error, RSA? signer) => AlipayResponseWriter.Write(responseKey,
        [new("code", error.Code), new("msg", error.Msg), new("sub_code", error.SubCode), new("sub_msg", error.SubMsg)], signer);

    private async Task<(EnrollmentCredentials Credentials, RSA PlatformKey)> AuthenticateAsync(PortalDbContext db, IReadOnlyList<KeyValuePair<string, string>> parameters, string? method)
    {
        var duplicate = parameters.GroupBy(p => p.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-parameter", $"参数 {duplicate.Key} 出现了不止一次（查询串和表单里各有一个？）"));
        }

        if (method is null)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-method", "缺少方法名参数"));
        }

        if (!AlipaySandboxTrades.Methods.Contains(method))
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-method", $"不存在的方法名：{method}（沙箱支持 {string.Join("、", AlipaySandboxTrades.Methods)}）"));
        }

        var appId = Single(parameters, "app_id") ?? throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-app-id", "缺少AppID参数"));
        var credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking().SingleOrDefaultAsync(c => c.AppId == appId && c.Environment == CredentialEnvironment.Sandbox)
            ?? throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-app-id", $"无效的AppID参数：沙箱里没有应用 {appId}"));
        var platformKey = AlipayKeys.PrivateKey(protector.Unprotect(credentials.Current(KeyRole.Platform, clock.GetUtcNow().UtcDateTime)!.ProtectedPrivateKey!));
        return (credentials, platformKey);
    }

    private void VerifySignature(IReadOnlyList<KeyValuePair<string, string>> parameters, EnrollmentCredentials credentials)
    {
        var sign = Single(parameters, "sign") ?? throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-signature", "缺少签名参数"));
        var signType = Single(parameters, "sign_type") ?? throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-signature-type", "缺少签名类型参数"));
        if (signType != AlipayRsa2.SignType)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-signature-type", $"无效的签名类型参数：{signType}（沙箱只接受 RSA2）"));
        }

        _ = Single(parameters, "timestamp") ?? throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-timestamp", "缺少时间戳参数"));
        _ = Single(parameters, "version") ?? throw new AlipayGatewayException(AlipayGatewayError.Missing("isv.missing-version", "缺少版本参数"));
        var keys = credentials.ValidKeys(KeyRole.Merchant, clock.GetUtcNow().UtcDateTime).ToList();
        if (keys.Count == 0)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-signature", "验签出错：这个应用还没有登记应用公钥，请先在门户“接口密钥”一步生成或上传"));
        }

        var content = AlipaySignContent.ForRequest(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        if (!keys.Any(key => Verifies(content, sign, key)))
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-signature",
                $"验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：{content}"));
        }
    }

    private static bool Verifies(string content, string sign, CredentialKey key)
    {
        using var rsa = key.OpenPublicKey();
        return Sha256WithRsa.Verify(content, sign, rsa);
    }

    /// <summary>Checked once the signature holds, so a tampered value reads as the tamper it is.</summary>
    private void CheckRest(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var timestamp = Single(parameters, "timestamp");
        if (!AlipayTime.TryParse(timestamp, out var sentUtc))
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-timestamp", $"非法的时间戳参数：{timestamp}（格式 yyyy-MM-dd HH:mm:ss，北京时间）"));
        }

        var skew = clock.GetUtcNow().UtcDateTime - sentUtc;
        if (skew.Duration() > TimestampWindow)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-timestamp",
                $"非法的时间戳参数：{timestamp} 与网关时间 {AlipayTime.Format(clock.GetUtcNow().UtcDateTime)} 相差 {(int)skew.Duration().TotalMinutes} 分钟，沙箱允许 ±{TimestampWindow.TotalMinutes:0} 分钟"),
                SandboxReason.Timestamp((long)skew.TotalMinutes, (int)TimestampWindow.TotalMinutes));
        }

        if (Single(parameters, "version") != "1.0")
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-parameter", "version 只能是 1.0"));
        }

        if (Single(parameters, "format") is { } format && !format.Equals("JSON", StringComparison.OrdinalIgnoreCase))
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-format", $"无效的数据格式参数：{format}（只支持 JSON）"));
        }

        if (Single(parameters, "charset") is { } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-charset", $"无效的字符集参数：{charset}（沙箱只支持 utf-8）"));
        }
    }

    private static string? RequestNotifyUrl(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        try
        {
            return NotifyUrl.Normalize(Single(parameters, "notify_url"));
        }
        catch (DomainException)
        {
            throw new AlipayGatewayException(AlipayGatewayError.Invalid("isv.invalid-parameter", $"notify_url 须为不超过 {NotifyUrl.MaxLength} 个字符的 http(s) 绝对地址"));
        }
    }

    /// <summary>The order the request names, for the request log; a <c>biz_content</c> that does not read names none.</summary>
    private static string? Subject(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        try
        {
            return AlipayBizContent.Parse(Single(parameters, "biz_content")).Optional("out_trade_no", SandboxRequest.MaxSubjectLength);
        }
        catch (AlipayGatewayException)
        {
            return null;
        }
    }

    private static string? Single(IReadOnlyList<KeyValuePair<string, string>> parameters, string name) =>
        parameters.FirstOrDefault(p => p.Key == name).Value is { Length: > 0 } value ? value : null;
}
