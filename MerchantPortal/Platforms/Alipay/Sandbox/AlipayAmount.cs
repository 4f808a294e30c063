using System.Globalization;
using System.Text.RegularExpressions;

namespace MerchantPortal.Platforms.Alipay.Sandbox;

/// <summary>Amounts as Alipay writes them: yuan, as a string with at most two decimals, from 0.01 to 100000000.</summary>
public static partial class AlipayAmount
{
    public const decimal Max = 100_000_000m;

    /// <summary>"100000000.00".</summary>
    public const int MaxLength = 12;

    public static string Format(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <exception cref="AlipayGatewayException">ACQ.INVALID_PARAMETER naming the field.</exception>
    public static decimal Parse(string? text, string field)
    {
        if (text is null || !Shape().IsMatch(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || yuan < 0.01m || yuan > Max)
        {
            throw new AlipayGatewayException(AlipayGatewayError.InvalidParameter($"{field} 金额格式错误：须为 0.01 至 100000000 之间、最多两位小数的元金额，如 \"88.88\""));
        }

        return yuan;
    }

    [GeneratedRegex(@"^[0-9]{1,9}(\.[0-9]{1,2})?$")]
    private static partial Regex Shape();
}
