namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>A request to the sandbox as received: what was signed (method, the path and query as sent, the body's bytes) and the route below <c>/v3</c>.</summary>
/// <param name="Route">The path after the sandbox's base, e.g. <c>v3/pay/transactions/native</c>.</param>
/// <param name="CodeUrlBase">Where the sandbox's <c>code_url</c>s point.</param>
public sealed record WeChatPayRequest(string Method, string CanonicalUrl, string Route, IReadOnlyDictionary<string, string> Query, string? Authorization,
    byte[] Body, string CodeUrlBase);
