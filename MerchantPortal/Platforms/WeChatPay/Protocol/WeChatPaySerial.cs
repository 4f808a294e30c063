using System.Security.Cryptography.X509Certificates;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>
/// A certificate's serial as WeChat Pay writes it in <c>serial_no</c> and <c>Wechatpay-Serial</c>: upper-case hex
/// of the number, without the leading zero byte DER adds to keep it positive (.NET's <c>SerialNumber</c> keeps it).
/// </summary>
public static class WeChatPaySerial
{
    public const string PublicKeyIdPrefix = "PUB_KEY_ID_";

    public static string Of(X509Certificate2 certificate) => certificate.SerialNumber.TrimStart('0') is { Length: > 0 } serial ? serial : "0";
}
