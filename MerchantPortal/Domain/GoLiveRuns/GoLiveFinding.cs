namespace MerchantPortal.Domain.GoLiveRuns;

/// <summary>
/// What a check found, as a code with arguments (Resources/GoLiveText <c>Finding_{Code}</c>) so each reader sees it in
/// their own language; arguments are what the platform or the merchant's server said, never secrets.
/// </summary>
public sealed record GoLiveFinding(string Code, params string[] Args)
{
    public const int MaxArgLength = 300;

    /// <summary>An argument quoted from a server: one line, cut short.</summary>
    public static string Quote(string? text)
    {
        var line = string.Join(' ', (text ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= MaxArgLength ? line : line[..MaxArgLength] + "…";
    }
}
