using System.Security.Cryptography;
using MerchantPortal.Domain.Credentials;
using MerchantPortal.Platforms.Alipay.Protocol;
using MerchantPortal.Platforms.Sandbox;
using MerchantPortal.Platforms.Signing;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>
/// Says why a request's RSA2 signature failed, by finding what the merchant did sign: the string without
/// <c>sign_type</c>, without one parameter, with a value URL-encoded, or the right string under a retired key.
/// </summary>
public static class AlipaySignatureDiagnosis
{
    public static SandboxReason Explain(IReadOnlyList<KeyValuePair<string, string>> parameters, string sign, EnrollmentCredentials credentials, DateTime nowUtc)
    {
        var pairs = parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        var valid = credentials.ValidKeys(KeyRole.Merchant, nowUtc).ToList();
        var expected = AlipaySignContent.ForRequest(pairs);
        if (credentials.Keys.Where(k => k.Role == KeyRole.Merchant && !k.IsValidAt(nowUtc)).FirstOrDefault(k => Verifies(k, expected, sign)) is { } retired)
        {
            return new SandboxReason(SandboxReason.RetiredKey, AlipayTime.Format(retired.ValidUntilUtc ?? nowUtc), retired.Fingerprint[..16]);
        }

        if (valid.Any(k => Verifies(k, AlipaySignContent.ForNotification(pairs, keepSignType: false), sign)))
        {
            return new SandboxReason(SandboxReason.SignTypeOmitted);
        }

        foreach (var (name, value) in pairs.Where(p => p.Key != "sign"))
        {
            if (valid.Any(k => Verifies(k, AlipaySignContent.ForRequest(pairs.Where(p => p.Key != name)), sign)))
            {
                return new SandboxReason(SandboxReason.ParameterNotSigned, name);
            }

            var encoded = Uri.EscapeDataString(value ?? "");
            if (encoded != value && valid.Any(k => Verifies(k, AlipaySignContent.ForRequest(pairs.Select(p => p.Key == name ? new(name, encoded) : p)), sign)))
            {
                return new SandboxReason(SandboxReason.ParameterEncoded, name);
            }
        }

        var fingerprints = string.Join("、", valid.Select(k => k.Fingerprint[..16] + "…"));
        return new SandboxReason(SandboxReason.KeyMismatch, fingerprints, expected);
    }

    private static bool Verifies(CredentialKey key, string content, string sign)
    {
        using var rsa = key.OpenPublicKey();
        return Sha256WithRsa.Verify(content, sign, rsa);
    }
}
