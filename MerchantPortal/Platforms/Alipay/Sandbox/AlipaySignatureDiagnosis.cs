using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Signing;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// Says why a request's RSA2 signature failed, by finding what the merchant did sign: the string without
/// <c>sign_type</c>, without one parameter, with a value URL-encoded, or the right string under a retired key.
/// </summary>
public static class AlipaySignatureDiagnosis
{
    public static string Explain(IReadOnlyList<KeyValuePair<string, string>> parameters, string sign, EnrollmentCredentials credentials, DateTime nowUtc)
    {
        var pairs = parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        var valid = credentials.ValidKeys(KeyRole.Merchant, nowUtc).ToList();
        var expected = AlipaySignContent.ForRequest(pairs);
        if (credentials.Keys.Where(k => k.Role == KeyRole.Merchant && !k.IsValidAt(nowUtc)).FirstOrDefault(k => Verifies(k, expected, sign)) is { } retired)
        {
            return $"签名用的是已于 {AlipayTime.Format(retired.ValidUntilUtc ?? nowUtc)} 失效的旧应用私钥（公钥指纹 {retired.Fingerprint[..16]}…）：请改用当前密钥签名。";
        }

        if (valid.Any(k => Verifies(k, AlipaySignContent.ForNotification(pairs, keepSignType: false), sign)))
        {
            return "签名串与网关的不同之处在参数 sign_type：请求的签名串要包含 sign_type=RSA2（只有异步通知的签名串不含它）。";
        }

        foreach (var (name, value) in pairs.Where(p => p.Key != "sign"))
        {
            if (valid.Any(k => Verifies(k, AlipaySignContent.ForRequest(pairs.Where(p => p.Key != name)), sign)))
            {
                return $"签名串与网关的不同之处在参数 {name}：你签名时没有包含它，但请求里带了它。";
            }

            var encoded = Uri.EscapeDataString(value ?? "");
            if (encoded != value && valid.Any(k => Verifies(k, AlipaySignContent.ForRequest(pairs.Select(p => p.Key == name ? new(name, encoded) : p)), sign)))
            {
                return $"签名串与网关的不同之处在参数 {name}：你签名时对它的值做了 URL 编码；签名串里要用原值，只有传输时才编码。";
            }
        }

        var fingerprints = string.Join("、", valid.Select(k => k.Fingerprint[..16] + "…"));
        return $"签名与这里登记的应用公钥（指纹 {fingerprints}）不匹配：你签名用的私钥不是它的配对私钥（常见原因：用了别的应用的私钥，或把支付宝公钥当成了自己的应用公钥）。网关验签的串为：{expected}";
    }

    private static bool Verifies(CredentialKey key, string content, string sign)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.PublicKey), out _);
        return Sha256WithRsa.Verify(content, sign, rsa);
    }
}
