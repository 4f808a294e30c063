using System.Security.Cryptography.X509Certificates;
using MerchantPortal.Domain.Credentials;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>
/// The names WeChat Pay gives keys in <c>serial_no</c> and <c>Wechatpay-Serial</c>: a certificate's serial (upper-case
/// hex without the zero byte DER adds; .NET's <c>SerialNumber</c> keeps it), or a public key's <c>PUB_KEY_ID_…</c>.
/// </summary>
public static class WeChatPaySerial
{
    public const string PublicKeyIdPrefix = "PUB_KEY_ID_";

    public static string Of(X509Certificate2 certificate) => CertificateInfo.SerialOf(certificate);
}
