namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>The <c>Wechatpay-*</c> headers that sign a response or a notification.</summary>
public sealed record WeChatPaySignedHeaders(string? Timestamp, string? Nonce, string? Signature, string? Serial)
{
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
    public const string SerialHeader = "Wechatpay-Serial";

    public static WeChatPaySignedHeaders From(Func<string, string?> header) =>
        new(header(TimestampHeader), header(NonceHeader), header(SignatureHeader), header(SerialHeader));
}
