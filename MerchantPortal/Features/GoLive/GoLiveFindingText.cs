using System.Globalization;
using MerchantPortal.Domain.GoLiveRuns;
using MerchantPortal.Resources;

namespace MerchantPortal.Features.GoLive;

/// <summary>A check's name and finding in the reader's language.</summary>
public static class GoLiveFindingText
{
    public static string CheckName(GoLiveCheckKind kind) => Text($"Check_{kind}") ?? kind.ToString();

    public static string Status(GoLiveCheckStatus status) => Text($"Status_{status}") ?? status.ToString();

    public static string Of(GoLiveFinding finding)
    {
        // The check a skipped one builds on is named, not coded.
        var args = finding.Code == "NeedsEarlier" && Enum.TryParse<GoLiveCheckKind>(finding.Args.FirstOrDefault(), out var earlier)
            ? [CheckName(earlier)]
            : finding.Args;
        return Text($"Finding_{finding.Code}") is { } format ? string.Format(CultureInfo.CurrentCulture, format, [.. args]) : $"{finding.Code} {string.Join(' ', args)}";
    }

    private static string? Text(string key) => GoLiveText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
}
