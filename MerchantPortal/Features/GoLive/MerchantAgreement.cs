using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.GoLive;

/// <summary>
/// The merchant agreement's versions, each a pair of texts (Resources/GoLiveText <c>Agreement_{version}</c>, both
/// languages). A new version is added beside the old ones, never over them: an acceptance names the version it accepted.
/// </summary>
public static class MerchantAgreement
{
    public const string CurrentVersion = "2026-11";

    public static string Text(string version, CultureInfo culture) =>
        GoLiveText.ResourceManager.GetString("Agreement_" + version.Replace('-', '_'), culture) ?? throw new ArgumentOutOfRangeException(nameof(version), version, "No such agreement version.");

    /// <summary>SHA-256 over the version's Chinese and English texts, as recorded with each acceptance.</summary>
    public static string Sha256(string version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(version, CultureInfo.GetCultureInfo("zh-CN")) + "\n" + Text(version, CultureInfo.InvariantCulture))));
}
