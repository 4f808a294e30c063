using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// Says why a request's signature failed, by finding what the merchant did sign: the URL without its query, without
/// the path's base, with scheme and host; an empty body; the message without its last <c>\n</c>.
/// </summary>
public static class WeChatPaySignatureDiagnosis
{
    public static SandboxReason Explain(WeChatPayRequest request, WeChatPayAuthorization authorization, CredentialKey key)
    {
        using var rsa = key.OpenPublicKey();
        bool Signed(string url, byte[] body, bool finalNewline = true)
        {
            var message = WeChatPayMessages.Request(request.Method, url, authorization.Timestamp, authorization.NonceStr, body);
            return Sha256WithRsa.Verify(finalNewline ? message : message.AsSpan(0, message.Length - 1), authorization.Signature, rsa);
        }

        var url = request.CanonicalUrl;
        var withoutQuery = url.Split('?')[0];
        var fromV3 = url[url.IndexOf("/v3/", StringComparison.Ordinal)..];
        if (withoutQuery != url && Signed(withoutQuery, request.Body))
        {
            return new SandboxReason(SandboxReason.QueryNotSigned, url, withoutQuery);
        }

        if (fromV3 != url && Signed(fromV3, request.Body))
        {
            return new SandboxReason(SandboxReason.PrefixNotSigned, url, fromV3);
        }

        if (request.Body.Length > 0 && Signed(url, []))
        {
            return new SandboxReason(SandboxReason.BodyNotSigned);
        }

        if (Signed(url, request.Body, finalNewline: false))
        {
            return new SandboxReason(SandboxReason.FinalNewlineMissing);
        }

        return new SandboxReason(SandboxReason.KeyMismatch, key.Fingerprint[..16], Encoding.UTF8.GetString(WeChatPayMessages.Request(request.Method, url, authorization.Timestamp, authorization.NonceStr, request.Body)).Replace("\n", "\\n", StringComparison.Ordinal));
    }
}
