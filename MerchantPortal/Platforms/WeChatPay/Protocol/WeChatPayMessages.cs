using System.Text;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>
/// The strings WeChat Pay API v3 signs, each line ending in <c>\n</c>: a request's
/// <c>METHOD\nCANONICAL_URL\nTIMESTAMP\nNONCE\nBODY\n</c> (path and query without the host; an empty body for
/// GET), and a response's or notification's <c>TIMESTAMP\nNONCE\nBODY\n</c> over the body's bytes as sent.
/// </summary>
public static class WeChatPayMessages
{
    public static byte[] Request(string method, string canonicalUrl, string timestamp, string nonce, ReadOnlySpan<byte> body) =>
        Concat(Encoding.UTF8.GetBytes($"{method}\n{canonicalUrl}\n{timestamp}\n{nonce}\n"), body);

    public static byte[] Response(string timestamp, string nonce, ReadOnlySpan<byte> body) =>
        Concat(Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n"), body);

    private static byte[] Concat(byte[] head, ReadOnlySpan<byte> body)
    {
        var message = new byte[head.Length + body.Length + 1];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        message[^1] = (byte)'\n';
        return message;
    }
}
