using System.Globalization;

namespace MerchantPortal.Platforms.WeChatPay.Protocol;

/// <summary>WeChat Pay's times: RFC 3339 with China's offset, <c>2021-06-24T16:37:26+08:00</c>.</summary>
public static class WeChatPayTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
