using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.WeChatPay.Protocol;

namespace MerchantPortal.Platforms.WeChatPay.Sandbox;

/// <summary>
/// Says why a request's signature failed, by finding what the merchant did sign: the URL without its query, without
/// the path's base, with scheme and host; an empty body; the message without its last <c>\n</c>.
/// </summary>
public static class WeChatPaySignatureDiagnosis
{
    public static string Explain(WeChatPayRequest request, WeChatPayAuthorization authorization, CredentialKey key)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.PublicKey), out _);
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
            return $"签名的 URL 漏掉了查询串：要签的是 {url}，你签的是 {withoutQuery}。";
        }

        if (fromV3 != url && Signed(fromV3, request.Body))
        {
            return $"签名的 URL 少了路径前缀：要签的是请求的完整路径 {url}，你签的是 {fromV3}。";
        }

        if (request.Body.Length > 0 && Signed(url, []))
        {
            return "请求体没有签进去：POST 的签名串第五行要放请求体的原文（与发送的字节完全相同）。";
        }

        if (Signed(url, request.Body, finalNewline: false))
        {
            return "签名串少了最后的换行：每一行（包括请求体那一行）都要以 \\n 结尾。";
        }

        return $"签名与证书 {authorization.SerialNo} 的公钥（指纹 {key.Fingerprint[..16]}…）不匹配：签名用的私钥不是这张商户 API 证书的配对私钥。网关验签的串为："
            + Encoding.UTF8.GetString(WeChatPayMessages.Request(request.Method, url, authorization.Timestamp, authorization.NonceStr, request.Body)).Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
