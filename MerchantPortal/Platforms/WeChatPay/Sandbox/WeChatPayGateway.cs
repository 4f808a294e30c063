using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MerchantPortal.Data;
using MerchantPortal.Domain;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;
using Microsoft.EntityFrameworkCore;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// The server side of WeChat Pay API v3: authenticates the <c>Authorization</c> header (the merchant by mchid, the key
/// by <c>serial_no</c>, a timestamp less than five minutes from the clock, the signature over
/// <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c>), routes to the order and refund operations, and signs every answer.
/// </summary>
public sealed class WeChatPayGateway(
    IDbContextFactory<PortalDbContext> dbFactory, WeChatPaySandboxOrders orders, WeChatPaySandboxRefunds refunds, WeChatPayPlatformSigner signer,
    SandboxRequestLog log, TimeProvider clock, ILogger<WeChatPayGateway> logger)
{
    public async Task<WeChatPayReply> HandleAsync(WeChatPayRequest request)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        EnrollmentCredentials? credentials = null;
        var authenticated = false;
        try
        {
            var authorization = WeChatPayAuthorization.Parse(request.Authorization, out var problem)
                ?? throw WeChatPayGatewayException.SignError($"Authorization 格式错误：{problem}");
            credentials = await db.Credentials.Include(c => c.Keys).AsNoTracking()
                .SingleOrDefaultAsync(c => c.MerchantId == authorization.MchId && c.Environment == CredentialEnvironment.Sandbox)
                ?? throw new WeChatPayGatewayException(HttpStatusCode.BadRequest, "MCH_NOT_EXISTS", $"商户号 {authorization.MchId} 不存在");
            Authenticate(credentials, authorization, request);
            authenticated = true;
            var (status, body) = await RouteAsync(db, credentials, request);
            var bytes = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, WeChatPayJson.Options);
            await log.RecordAsync(credentials.Id, Endpoint(request), Subject(request), accepted: true, ((int)status).ToString(CultureInfo.InvariantCulture), null, null);
            return new WeChatPayReply((int)status, bytes, signer.Sign(credentials, bytes));
        }
        catch (WeChatPayGatewayException e)
        {
            var message = e.Message[(e.Code.Length + 2)..];
            if (credentials is not null)
            {
                await log.RecordAsync(credentials.Id, Endpoint(request), Subject(request), authenticated, $"{(int)e.Status} {e.Code}", e.Reason, message);
            }

            return Error(authenticated ? credentials : null, e.Status, e.Code, message);
        }
        catch (Exception e) when (e is DbUpdateException or DomainException { Code: DomainErrors.ConcurrentChange })
        {
            return Error(authenticated ? credentials : null, HttpStatusCode.InternalServerError, "SYSTEM_ERROR", "系统繁忙，请稍后重试");
        }
        catch (Exception e)
        {
            logger.LogError(e, "The WeChat Pay sandbox failed on {Method} {Route}.", request.Method, request.Route);
            return Error(null, HttpStatusCode.InternalServerError, "SYSTEM_ERROR", "系统错误");
        }
    }

    /// <summary>
    /// An error answer. Like WeChat Pay, the sandbox signs only answers to requests whose signature held: signing a
    /// refusal would put text of the caller's choosing under the platform's signature.
    /// </summary>
    private WeChatPayReply Error(EnrollmentCredentials? authenticated, HttpStatusCode status, string code, string message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { code, message }, WeChatPayJson.Options);
        return new WeChatPayReply((int)status, bytes, authenticated is null ? new Dictionary<string, string>() : signer.Sign(authenticated, bytes));
    }

    /// <summary>The merchant is known; now the request must be theirs, and now. Refusals are signed, as WeChat Pay's are.</summary>
    private void Authenticate(EnrollmentCredentials credentials, WeChatPayAuthorization authorization, WeChatPayRequest request)
    {
        var now = clock.GetUtcNow();
        if (!long.TryParse(authorization.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) >= 300)
        {
            // Signed, but not now: a replay, or a clock that is wrong.
            var skew = now.ToUnixTimeSeconds() - seconds;
            throw WeChatPayGatewayException.SignError($"timestamp {authorization.Timestamp} 与网关时间 {now.ToUnixTimeSeconds()} 相差 5 分钟或更多",
                SandboxReason.Timestamp(skew / 60, 5));
        }

        var named = credentials.Keys.Where(k => k.Role == KeyRole.Merchant && string.Equals(k.KeyId, authorization.SerialNo, StringComparison.OrdinalIgnoreCase)).ToList();
        var key = named.FirstOrDefault(k => k.IsValidAt(now.UtcDateTime))
            ?? throw WeChatPayGatewayException.SignError($"serial_no {authorization.SerialNo} 不是商户 {authorization.MchId} 当前有效的 API 证书序列号",
                named.Count > 0
                    ? new SandboxReason(SandboxReason.SerialRetired, authorization.SerialNo, WeChatPayTime.Format(named[0].ValidUntilUtc ?? now.UtcDateTime))
                    : new SandboxReason(SandboxReason.SerialUnknown, authorization.SerialNo));
        using var rsa = key.OpenPublicKey();
        var message = WeChatPayMessages.Request(request.Method, request.CanonicalUrl, authorization.Timestamp, authorization.NonceStr, request.Body);
        if (!Sha256WithRsa.Verify(message, authorization.Signature, rsa))
        {
            throw WeChatPayGatewayException.SignError(
                $"签名错误：请检查签名私钥与证书 {authorization.SerialNo} 是否匹配。网关验签的串为：{Encoding.UTF8.GetString(message).Replace("\n", "\\n", StringComparison.Ordinal)}",
                WeChatPaySignatureDiagnosis.Explain(request, authorization, key));
        }
    }

    private async Task<(HttpStatusCode Status, object? Body)> RouteAsync(PortalDbContext db, EnrollmentCredentials credentials, WeChatPayRequest request)
    {
        var parts = request.Route.Split('/');
        var mchIdQuery = request.Query.GetValueOrDefault("mchid");
        switch (request.Method, parts)
        {
            case ("POST", ["v3", "pay", "transactions", "native"]):
                return (HttpStatusCode.OK, await orders.NativeAsync(db, credentials, WeChatPayRequestBody.Parse(request.Body), request.CodeUrlBase));
            case ("GET", ["v3", "pay", "transactions", "out-trade-no", var outTradeNo]):
                RequireMchId(credentials, mchIdQuery);
                return (HttpStatusCode.OK, await orders.QueryAsync(db, credentials, outTradeNo, null));
            case ("GET", ["v3", "pay", "transactions", "id", var transactionId]):
                RequireMchId(credentials, mchIdQuery);
                return (HttpStatusCode.OK, await orders.QueryAsync(db, credentials, null, transactionId));
            case ("POST", ["v3", "pay", "transactions", "out-trade-no", var outTradeNo, "close"]):
                await orders.CloseAsync(db, credentials, outTradeNo, WeChatPayRequestBody.Parse(request.Body));
                return (HttpStatusCode.NoContent, null);
            case ("POST", ["v3", "refund", "domestic", "refunds"]):
                return (HttpStatusCode.OK, await refunds.CreateAsync(db, credentials, WeChatPayRequestBody.Parse(request.Body)));
            case ("GET", ["v3", "refund", "domestic", "refunds", var outRefundNo]):
                return (HttpStatusCode.OK, await refunds.QueryAsync(db, credentials, outRefundNo));
            default:
                throw new WeChatPayGatewayException(HttpStatusCode.NotFound, "RESOURCE_NOT_EXISTS", $"沙箱没有接口 {request.Method} /{request.Route}");
        }
    }

    private static string Endpoint(WeChatPayRequest request) => $"{request.Method} /{request.Route}";

    /// <summary>The order the request names (in its path, or its body's <c>out_trade_no</c>), for the request log.</summary>
    private static string? Subject(WeChatPayRequest request)
    {
        var parts = request.Route.Split('/');
        if (Array.IndexOf(parts, "out-trade-no") is var at and >= 0 && at + 1 < parts.Length)
        {
            return parts[at + 1];
        }

        try
        {
            return request.Body.Length == 0 ? null : WeChatPayRequestBody.Parse(request.Body).Text("out_trade_no", SandboxRequest.MaxSubjectLength);
        }
        catch (WeChatPayGatewayException)
        {
            return null;
        }
    }

    private static void RequireMchId(EnrollmentCredentials credentials, string? mchId)
    {
        if (mchId != credentials.MerchantId)
        {
            throw WeChatPayGatewayException.ParamError("查询参数 mchid 须为请求签名的商户号");
        }
    }
}
