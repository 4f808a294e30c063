using System.Net;
using MerchantPortal.Platforms.Sandbox;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>Ends a sandbox request with WeChat Pay's error shape: an HTTP status and <c>{"code":"…","message":"…"}</c>.</summary>
public sealed class WeChatPayGatewayException(HttpStatusCode status, string code, string message, SandboxReason? reason = null) : Exception($"{code}: {message}")
{
    /// <summary>For the request log: what the merchant did wrong, where the answer's message says less.</summary>
    public SandboxReason? Reason { get; } = reason;

    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    public static WeChatPayGatewayException SignError(string message, SandboxReason? reason = null) => new(HttpStatusCode.Unauthorized, "SIGN_ERROR", message, reason);

    public static WeChatPayGatewayException ParamError(string message) => new(HttpStatusCode.BadRequest, "PARAM_ERROR", message);

    public static WeChatPayGatewayException InvalidRequest(string message) => new(HttpStatusCode.BadRequest, "INVALID_REQUEST", message);
}
