using MerchantPortal.Platforms.Signing;
using MerchantPortal.Platforms.Alipay.Protocol;

namespace MerchantPortal.Platforms.Alipay.Client;

/// <summary>
/// Verifies an asynchronous notification's form against the platform public keys. Trade notifications are signed
/// without <c>sign_type</c>, others (the service market's) with it: both strings are tried.
/// </summary>
public static class AlipayNotificationVerifier
{
    public static bool Verify(IReadOnlyCollection<KeyValuePair<string, string?>> form, IEnumerable<string> platformPublicKeys)
    {
        var sign = form.FirstOrDefault(p => p.Key == "sign").Value;
        var signType = form.FirstOrDefault(p => p.Key == "sign_type").Value;
        if (string.IsNullOrEmpty(sign) || (signType is not null && signType != AlipayRsa2.SignType))
        {
            return false;
        }

        var withoutSignType = AlipaySignContent.ForNotification(form, keepSignType: false);
        var withSignType = AlipaySignContent.ForNotification(form, keepSignType: true);
        foreach (var text in platformPublicKeys)
        {
            using var key = AlipayKeys.PublicKey(text);
            if (Sha256WithRsa.Verify(withoutSignType, sign, key) || Sha256WithRsa.Verify(withSignType, sign, key))
            {
                return true;
            }
        }

        return false;
    }
}
